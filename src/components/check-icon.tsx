export function CheckIcon() {
  return (
    <svg className="check-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M6.2 11.6 2.8 8.2l1.1-1.1 2.3 2.3 5.9-5.9 1.1 1.1z" fill="currentColor" />
    </svg>
  )
}
