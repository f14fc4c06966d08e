"use client";
// With JavaScript the navigator's steps change without reloading the page, and
// the button that was pressed disappears with the old step. This moves focus to
// the new page's heading, so keyboard and screen-reader users continue from the
// question, not from the top of the document. The first page of a visit is left
// alone: the browser's own start (skip link first) is what people expect there.
import { useEffect } from "react";

let visited = false;

export function StepFocus() {
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>("main h1");
    if (visited && heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    visited = true;
  }, []);
  return null;
}
