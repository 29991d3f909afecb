/** A small picture of a duration distribution's shape, with its axis in minutes. */
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../model/index.ts';
import { previewShape } from './distributionPreview.ts';
import { formatNumber } from './numbers.ts';

const WIDTH = 300;
const HEIGHT = 72;

export function DistributionPreview({ distribution }: { distribution: Distribution }) {
  const { t } = useTranslation();
  const shape = previewShape(distribution);
  const sx = (x: number) => (x / shape.xMax) * WIDTH;
  const sy = (y: number) => HEIGHT - y * (HEIGHT - 4);
  const area =
    shape.curve.length === 0
      ? ''
      : `M0,${HEIGHT} ` +
        shape.curve.map((p) => `L${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ') +
        ` L${WIDTH},${HEIGHT} Z`;
  return (
    <figure className="inspector-preview">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('inspector.duration.preview', {
          type: t(`inspector.duration.types.${distribution.type}`),
        })}
      >
        {area && <path d={area} className="inspector-preview__area" />}
        {shape.spikes.map((spike) => (
          <line
            key={spike.x}
            x1={sx(spike.x)}
            x2={sx(spike.x)}
            y1={HEIGHT}
            y2={sy(spike.height)}
            className="inspector-preview__spike"
          />
        ))}
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="inspector-preview__axis" />
      </svg>
      <figcaption className="inspector-preview__axis-labels">
        <span>0</span>
        <span>
          {t('units.minutes', { value: formatNumber(Number(shape.xMax.toPrecision(2))) })}
        </span>
      </figcaption>
    </figure>
  );
}
