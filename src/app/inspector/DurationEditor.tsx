/**
 * A step's duration: the distribution type, the chosen type's parameters in minutes, a
 * small picture of its shape and its mean. Each parameter is checked with the schema's
 * rules as a whole distribution; only a valid one is committed.
 */
import { useTranslation } from 'react-i18next';
import { distributionMoments } from '../../analysis/moments.ts';
import {
  DISTRIBUTION_TYPES,
  type Distribution,
  type DistributionType,
  type Step,
} from '../../model/index.ts';
import { updateStep } from '../editor/commands/steps.ts';
import { DistributionPreview } from './DistributionPreview.tsx';
import {
  distributionFromTexts,
  PARAMETERS,
  switchType,
  textsOf,
  type DistributionProblem,
} from './distributionForm.ts';
import { Section, SelectField, TextField } from './fields.tsx';
import { formatNumber } from './numbers.ts';
import { useEdit } from './useInspector.ts';

type TypeChoice = DistributionType | 'none';

export function DurationEditor({ step }: { step: Step }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const commit = (duration: Distribution | undefined) =>
    edit((draft) => updateStep(draft, step.id, { duration }));
  return (
    <Section title={t('inspector.duration.heading')}>
      <DistributionFields
        distribution={step.duration}
        onChange={commit}
        noneLabel={t('inspector.duration.types.none')}
      />
    </Section>
  );
}

interface FieldsProps {
  distribution: Distribution | undefined;
  onChange: (distribution: Distribution | undefined) => void;
  /**
   * Offers leaving the field out, worded for what that means here ("takes no time" for a
   * step, "waits as long as it takes" for a patience); not offered when absent.
   */
  noneLabel?: string;
  /** The mean a shape starts from when the field was left out (minutes; default 1). */
  startMean?: number;
}

/** The type select, parameter fields, preview and mean of any duration distribution. */
export function DistributionFields(props: FieldsProps) {
  const { distribution, onChange, noneLabel, startMean } = props;
  const { t } = useTranslation();
  const problemText = useDistributionProblem();
  const mean = distribution === undefined ? undefined : distributionMoments(distribution).mean;
  const types: TypeChoice[] =
    noneLabel === undefined ? [...DISTRIBUTION_TYPES] : ['none', ...DISTRIBUTION_TYPES];
  return (
    <>
      <SelectField<TypeChoice>
        label={t('inspector.duration.type')}
        value={distribution?.type ?? 'none'}
        options={types.map((type) => ({
          value: type,
          label: type === 'none' ? noneLabel! : t(`inspector.duration.types.${type}`),
        }))}
        onChange={(type) =>
          onChange(type === 'none' ? undefined : switchType(mean, type, startMean))
        }
      />
      {distribution !== undefined && (
        <>
          <div className="inspector-params">
            {PARAMETERS[distribution.type].map((field) => (
              <TextField
                key={`${distribution.type}-${field}`}
                name={`duration-${field}`}
                label={t(`inspector.duration.param.${field}`)}
                inputMode="decimal"
                value={textsOf(distribution)[field] ?? ''}
                onCommit={(text) => {
                  const result = distributionFromTexts(distribution.type, {
                    ...textsOf(distribution),
                    [field]: text,
                  });
                  if (!result.ok) return problemText(result.problem);
                  onChange(result.distribution);
                  return undefined;
                }}
              />
            ))}
          </div>
          <DistributionPreview distribution={distribution} />
          <p className="inspector-mean" data-testid="duration-mean">
            {t('inspector.duration.mean', { value: formatNumber(Number(mean!.toPrecision(3))) })}
          </p>
        </>
      )}
    </>
  );
}

function useDistributionProblem(): (problem: DistributionProblem) => string {
  const { t } = useTranslation();
  return (problem) =>
    problem.code === 'other' ? problem.message : t(`inspector.problem.${problem.code}`);
}
