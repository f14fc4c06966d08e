/** Facts about the site owner that are the same in every language. */
export const site = {
  email: "inovacija@sif.gov.lv",
} as const;
