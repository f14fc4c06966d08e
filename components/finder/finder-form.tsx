"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";

const TYPING_DELAY_MS = 250;

/** Filters a finder applies when the URL names none (e.g. calls that are open or upcoming). */
type Defaults = Readonly<Record<string, readonly string[]>>;

const sameValues = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v) => b.includes(v));

/** The form's state as canonical URL parameters: empty and default values left out. */
function formParams(form: HTMLFormElement, defaultSort: string, defaults: Defaults): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== "string") continue;
    const v = name === "q" ? value.trim() : value;
    if (!v || (name === "sort" && v === defaultSort)) continue;
    params.append(name, v);
  }
  for (const [name, values] of Object.entries(defaults))
    if (sameValues(params.getAll(name), values)) params.delete(name);
  return params;
}

const NO_DEFAULTS: Defaults = {};

/**
 * A finder page's GET form (innovation search, toolkit, funding calls), enhanced: every change updates the URL (and so
 * the server-rendered results) without a submit. Checkboxes and the sort
 * select push a history entry, so Back undoes one change; typing replaces the
 * entry, debounced, so Back does not step through every keystroke. Without
 * JavaScript the same markup is a plain GET form.
 */
export function FinderForm({
  action,
  defaultSort = "relevance",
  defaults = NO_DEFAULTS,
  children,
}: {
  action: string;
  defaultSort?: string;
  defaults?: Defaults;
  children: ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Texts this form has navigated with, so their URL updates are not mistaken
  // for Back/Forward (which must overwrite the text box).
  const pushedQ = useRef(new Set<string>());
  const lastQ = useRef<string | null>(null);
  const [pending, startTransition] = useTransition();

  function navigate(mode: "push" | "replace") {
    const form = formRef.current;
    if (!form) return;
    const params = formParams(form, defaultSort, defaults);
    lastQ.current = params.get("q") ?? "";
    pushedQ.current.add(lastQ.current);
    const qs = params.toString();
    const url = qs ? `${pathname}?${qs}` : pathname;
    startTransition(() => router[mode](url, { scroll: false }));
  }

  function cancelTyping() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }

  // Back/forward and chip links change the URL, not the inputs: bring the
  // uncontrolled inputs back in line with it (not the text box while typing).
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const q = searchParams.get("q") ?? "";
    const values = (name: string) => {
      const given = searchParams.getAll(name).flatMap((v) => v.split(","));
      return given.length ? given : (defaults[name] ?? []);
    };
    const ours = pushedQ.current.has(q);
    if (q === lastQ.current) pushedQ.current.clear();
    for (const element of Array.from(form.elements)) {
      if (element instanceof HTMLInputElement && element.type === "checkbox") {
        element.checked = values(element.name).includes(element.value);
      } else if (element instanceof HTMLSelectElement && element.name === "sort") {
        element.value = searchParams.get("sort") ?? defaultSort;
      } else if (element instanceof HTMLInputElement && element.name === "q") {
        if (!ours && element.value.trim() !== q) element.value = q;
      }
    }
  }, [searchParams, defaults, defaultSort]);

  useEffect(() => cancelTyping, []);

  function onInput(event: FormEvent<HTMLFormElement>) {
    if (!(event.target instanceof HTMLInputElement) || event.target.name !== "q") return;
    cancelTyping();
    timer.current = setTimeout(() => {
      timer.current = null;
      navigate("replace");
    }, TYPING_DELAY_MS);
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    // The text box also fires "change" on blur; its typing is handled by onInput.
    if (event.target instanceof HTMLInputElement && event.target.name === "q") return;
    cancelTyping();
    navigate("push");
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    cancelTyping();
    navigate("push");
  }

  return (
    <form
      ref={formRef}
      method="get"
      action={action}
      onInput={onInput}
      onChange={onChange}
      onSubmit={onSubmit}
      aria-busy={pending}
      data-pending={pending ? "" : undefined}
    >
      {children}
    </form>
  );
}
