/**
 * The small input that renames a phase in place. Enter or leaving the field saves,
 * Escape cancels; either way it reports only once, since unmounting after Enter can
 * also blur it.
 */
import { useRef } from 'react';

interface Props {
  initial: string;
  label: string;
  /** The typed name, or undefined when cancelled; `byKey` when Enter or Escape ended it. */
  onDone: (value: string | undefined, byKey: boolean) => void;
}

export function PhaseNameInput({ initial, label, onDone }: Props) {
  const done = useRef(false);
  const finish = (value: string | undefined, byKey: boolean) => {
    if (done.current) return;
    done.current = true;
    onDone(value, byKey);
  };

  return (
    <input
      className="phase-bar__input"
      aria-label={label}
      defaultValue={initial}
      // Opening the input is the designer's own request to type, so focus may jump here.
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onBlur={(event) => finish(event.currentTarget.value, false)}
      onKeyDown={(event) => {
        if (event.nativeEvent.isComposing) return;
        if (event.key === 'Enter') finish(event.currentTarget.value, true);
        else if (event.key === 'Escape') finish(undefined, true);
        else return;
        event.preventDefault();
      }}
    />
  );
}
