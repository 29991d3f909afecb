/**
 * The inspector's form fields. Text fields keep what is typed locally and commit on blur
 * or Enter (Escape reverts), so one change is one undo step, not one per keystroke. The
 * commit function returns a problem message, shown next to the field, or undefined when
 * the value was taken.
 */
import { useId, useState, type ReactNode } from 'react';

export type Commit = (text: string) => string | undefined;

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: Commit;
  /** Shows the label to screen readers only (table cells, whose column header says it). */
  hideLabel?: boolean;
  multiline?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'text';
  lang?: string;
  name?: string;
}

export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, hideLabel, multiline, inputMode, lang, name } = props;
  const id = useId();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string>();
  // Follow the blueprint when it changes underneath (undo, another panel's edit).
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
    setProblem(undefined);
  }
  const commit = () => setProblem(text === value ? undefined : onCommit(text));
  const common = {
    id,
    name,
    lang,
    value: text,
    'aria-invalid': problem === undefined ? undefined : true,
    'aria-describedby': problem === undefined ? undefined : `${id}-problem`,
    onBlur: commit,
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setText(value);
      setProblem(undefined);
    }
  };
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={inputMode}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
      {problem !== undefined && (
        <p id={`${id}-problem`} className="field__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hideLabel?: boolean;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, value, options, onChange, hideLabel } = props;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="field field--checkbox">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** A titled group of fields; a fieldset so screen readers announce the group. */
export function Section(props: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <fieldset className="inspector-section">
      <legend className="inspector-section__title">{props.title}</legend>
      {props.actions && <div className="inspector-section__actions">{props.actions}</div>}
      {props.children}
    </fieldset>
  );
}
