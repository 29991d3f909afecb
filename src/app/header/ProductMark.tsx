/** The product's small logo: five lane bands with a step on the line of interaction. */
export function ProductMark() {
  return (
    <svg className="product-mark" viewBox="0 0 28 28" width="28" height="28" aria-hidden="true">
      <rect x="1" y="1" width="26" height="26" rx="6" fill="#1d4ed8" />
      <path d="M5 9.5h18M5 14h18M5 18.5h18" stroke="#bfdbfe" strokeWidth="1.5" />
      <rect x="9" y="11" width="10" height="6" rx="1.5" fill="#fff" />
    </svg>
  );
}
