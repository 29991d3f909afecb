/**
 * The inspector's form fields. A text field keeps what is typed locally and commits it
 * when typing pauses (so autosave has it), and again on blur or Enter; all of one edit's
 * commits are one undo step (fieldEditGroups.ts), and Escape takes the edit back. The
 * commit function returns a problem message, shown next to the field on blur or Enter
 * (a pause in typing with a half-typed value commits nothing and shows nothing), or
 * undefined when the value was taken.
 */
import {
  useContext,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { FIELD_DRAFT_DELAY_MS, FieldEditGroupsContext } from './fieldEditGroups.ts';

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
  /**
   * Commits only on blur or Enter, not while typing: for ids, whose panel is keyed by
   * the id and would be replaced (losing the focus) at each commit.
   */
  commitOnBlurOnly?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { label, value, onCommit, hideLabel, multiline, inputMode, lang, name } = props;
  const id = useId();
  const groups = useContext(FieldEditGroupsContext);
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string>();
  // True from the first key of an edit until it is committed on blur or Enter (or
  // reverted): meanwhile the field keeps the text as typed even when its own commits
  // change the value (a trimmed label), instead of following the blueprint.
  const [editing, setEditing] = useState(false);
  // Follow the blueprint when it changes underneath (undo, another panel's edit).
  const [shown, setShown] = useState<string | null>(value);
  if (value !== shown) {
    setShown(value);
    if (!editing) {
      setText(value);
      setProblem(undefined);
    }
  }
  // Each edit of the field is its own undo group; `committed` is the text last taken.
  const edit = useRef({ serial: 0, committed: null as string | null });
  const group = () => `${id}#${edit.current.serial}`;
  const endEdit = () => {
    edit.current = { serial: edit.current.serial + 1, committed: null };
    setEditing(false);
  };

  const commitDraft = useEffectEvent(() => {
    if (text === edit.current.committed || (edit.current.committed === null && text === value))
      return;
    if (groups.inGroup(group(), () => onCommit(text)) === undefined) edit.current.committed = text;
  });
  useEffect(() => {
    if (!editing || props.commitOnBlurOnly) return undefined;
    const timer = setTimeout(commitDraft, FIELD_DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, editing, props.commitOnBlurOnly]);

  const commit = () => {
    if (!editing) return;
    const unchanged = edit.current.committed === null && text === value;
    const found = unchanged ? undefined : groups.inGroup(group(), () => onCommit(text));
    setProblem(found);
    if (found !== undefined) return;
    endEdit();
    // Show the value as the blueprint keeps it (trimmed, a number formatted).
    setShown(null);
  };
  const revert = () => {
    if (edit.current.committed !== null) groups.revert(group());
    endEdit();
    setText(value);
    setProblem(undefined);
    setShown(null);
  };
  const common = {
    id,
    name,
    lang,
    value: text,
    'aria-invalid': problem === undefined ? undefined : true,
    'aria-describedby': problem === undefined ? undefined : `${id}-problem`,
    onBlur: commit,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setText(event.target.value);
      setEditing(true);
    },
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      revert();
    }
  };
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onKeyDown={onKeyDown} />
      ) : (
        <input {...common} type="text" inputMode={inputMode} onKeyDown={onKeyDown} />
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
