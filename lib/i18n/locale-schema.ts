import { z } from "zod";
import { routing, type Locale } from "./routing";

/** A posted or stored locale: anything unknown is the default one (Latvian). */
export const ZLocale = z.enum(routing.locales).catch(routing.defaultLocale);

export const toLocale = (value: unknown): Locale => ZLocale.parse(value);
