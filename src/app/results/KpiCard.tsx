/** One key figure as a card: its name, its value large, and its details (per day, interval, share) on a line. */
export function KpiCard({
  id,
  label,
  value,
  details,
}: {
  id: string;
  label: string;
  value: string;
  details: readonly (string | null)[];
}) {
  return (
    <div className="results-kpi" data-kpi={id}>
      <dt className="results-kpi__label">{label}</dt>
      <dd className="results-kpi__value">{value}</dd>
      <dd className="results-kpi__detail">{details.filter((part) => part !== null).join(' · ')}</dd>
    </div>
  );
}
