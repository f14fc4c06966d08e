// The <title> of a public form's page. A public form's action redirects when it
// succeeds, so a page rendered for a posted form is one that came back with
// errors: it starts with "Error: " (GOV.UK), also without JavaScript. With
// JavaScript the error summary sets the same prefix in the browser
// (components/ui/error-summary.tsx). Staff forms that stay on their page after
// a save must not use this.
import "server-only";
import { headers } from "next/headers";

const FORM_POST = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i;

export async function formPageTitle(title: string, errorWord: string): Promise<string> {
  const type = (await headers()).get("content-type") ?? "";
  return FORM_POST.test(type) ? `${errorWord}: ${title}` : title;
}
