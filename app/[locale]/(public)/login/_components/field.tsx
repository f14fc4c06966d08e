"use client";

type Props = {
  id: string;
  name: string;
  type: "email" | "password";
  label: string;
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
  /** The field's own message, shown under it and announced with the field. */
  error?: string | undefined;
  /** A message about the whole form that also concerns this field. */
  describedBy?: string | undefined;
};

export function Field({ id, name, type, label, autoComplete, value, onChange, error, describedBy }: Props) {
  const errorId = `${id}-error`;
  const described = [error ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error || describedBy ? true : undefined}
        aria-describedby={described}
        className="mt-1 block w-full rounded border border-muted px-3 py-2 text-ink aria-invalid:border-red-700"
        {...(type === "email" ? { spellCheck: false, autoCapitalize: "none", inputMode: "email" as const } : {})}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
