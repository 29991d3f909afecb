/**
 * Saved scenarios: save the latest run under a name, pick two, compare them side by side
 * (results/ScenarioComparison). A scenario keeps the blueprint as it ran, so later edits
 * never change what it says.
 */
import '../styles/scenarios.css';
import '../styles/month.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunStore } from './appRunStore.ts';
import { LazyScenarioComparison } from './lazyViews.ts';
import { ScenarioRow } from './ScenarioRow.tsx';

export function ScenariosPanel() {
  const { t } = useTranslation();
  const scenarios = useRunStore((state) => state.scenarios);
  const outdated = useRunStore((state) => state.outdatedScenarios);
  const latest = useRunStore((state) => state.latest);
  const comparing = useRunStore((state) => state.comparing);
  const saveScenario = useRunStore((state) => state.saveScenario);
  const removeScenario = useRunStore((state) => state.removeScenario);
  const compare = useRunStore((state) => state.compare);
  const [name, setName] = useState('');
  // Until the user picks, the newest two are picked: what a designer usually compares.
  const [chosen, setChosen] = useState<string[] | null>(null);
  const picked = (chosen ?? scenarios.slice(-2).map((scenario) => scenario.id)).filter((id) =>
    scenarios.some((scenario) => scenario.id === id),
  );
  const setPicked = (update: (before: string[]) => string[]) => setChosen(update(picked));
  const [savedNote, setSavedNote] = useState('');
  const suggested =
    latest?.variant || t('simulation.scenarios.defaultName', { number: scenarios.length + 1 });

  const save = () => {
    const scenario = saveScenario(name || suggested);
    if (!scenario) return;
    setName('');
    setSavedNote(t('simulation.scenarios.saved', { name: scenario.name }));
    setChosen(null);
  };

  const toggle = (id: string) =>
    setPicked((before) =>
      before.includes(id) ? before.filter((other) => other !== id) : [...before, id].slice(-2),
    );

  // The baseline, the one saved first, is always on the left, whichever was picked first.
  const [left, right] = scenarios.filter((scenario) => comparing?.includes(scenario.id));
  if (left && right)
    return <LazyScenarioComparison left={left} right={right} onClose={() => compare(null)} />;

  return (
    <div className="scenarios">
      <form
        className="scenarios__save"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label>
          <span>{t('simulation.scenarios.name')}</span>
          <input
            value={name}
            placeholder={suggested}
            onChange={(event) => setName(event.target.value)}
            disabled={!latest}
          />
        </label>
        <button type="submit" disabled={!latest}>
          {t('simulation.scenarios.save')}
        </button>
        <span role="status" className="scenarios__note">
          {savedNote}
        </span>
      </form>
      {outdated > 0 && (
        <p className="dock__empty" role="note" data-testid="scenarios-outdated">
          {t('simulation.scenarios.outdated', { count: outdated })}
        </p>
      )}
      {scenarios.length === 0 ? (
        <p className="dock__empty">{t('simulation.scenarios.empty')}</p>
      ) : (
        <>
          <ul className="scenarios__list" aria-label={t('simulation.tabs.scenarios')}>
            {scenarios.map((scenario) => (
              <ScenarioRow
                key={scenario.id}
                scenario={scenario}
                picked={picked.includes(scenario.id)}
                onToggle={() => toggle(scenario.id)}
                onRemove={() => removeScenario(scenario.id)}
              />
            ))}
          </ul>
          <button
            type="button"
            className="scenarios__compare"
            disabled={picked.length !== 2}
            onClick={() => compare([picked[0]!, picked[1]!])}
          >
            {t('simulation.scenarios.compare')}
          </button>
          {picked.length !== 2 && (
            <span className="scenarios__hint">{t('simulation.scenarios.pickTwo')}</span>
          )}
        </>
      )}
    </div>
  );
}
