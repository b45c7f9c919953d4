import { useEffect, useState, type InputHTMLAttributes } from "react";

interface Props {
  value: string;
  label: string;
  /** Sends the new value; a result of `false` (refused) puts the field back to its value. */
  onCommit(value: string): unknown;
  multiline?: boolean;
  placeholder?: string;
  clearOnCommit?: boolean;
  /** More attributes for the input (list, disabled, title, className…). */
  input?: InputHTMLAttributes<HTMLInputElement>;
}

/** A text field that sends its value on Enter or when it loses focus, and only when it changed; Escape puts it back. */
export function CommitInput({ value, label, onCommit, multiline, placeholder, clearOnCommit, input }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = async () => {
    if (draft === value) return;
    if (clearOnCommit) setDraft("");
    if ((await onCommit(draft)) === false) setDraft(value);
  };
  const common = {
    "aria-label": label,
    value: draft,
    placeholder,
    onBlur: () => void commit(),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === "Enter" && !(multiline && e.shiftKey)) {
        e.preventDefault();
        void commit();
      } else if (e.key === "Escape") setDraft(value);
      e.stopPropagation();
    },
  };
  return multiline ? <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} /> : <input {...input} {...common} onChange={(e) => setDraft(e.target.value)} />;
}
