import { useI18n } from '@/i18n/i18n'
import type { Question } from '../poll'
import { SLICE_COLOURS } from './answer-meter'

const RADIUS = 15.9155 // a circumference of 100 makes dash lengths percentages
const STROKE = 6

/**
 * The author's "circle" diagram: a donut of the question's votes with their
 * total in the middle. Decorative for assistive technology, which reads the
 * same figures from the meters.
 */
export default function PieChart({ question }: { question: Question }) {
  const { plural, count } = useI18n()
  const total = question.answers.reduce((sum, answer) => sum + answer.votes, 0)
  const lengths = question.answers.map((answer) =>
    total > 0 ? (answer.votes / total) * 100 : 0,
  )
  const slices = question.answers.map((answer, index) => ({
    id: answer.id,
    index,
    length: lengths[index] ?? 0,
    offset: lengths.slice(0, index).reduce((sum, length) => sum + length, 0),
  }))
  return (
    <svg viewBox="0 0 42 42" className="pie-chart" aria-hidden="true" focusable="false">
      <circle
        className="pie-chart-track"
        cx="21"
        cy="21"
        r={RADIUS}
        strokeWidth={STROKE}
      />
      {slices
        .filter((slice) => slice.length > 0)
        .map((slice) => (
          <circle
            key={slice.id}
            className={`pie-chart-slice slice-${slice.index % SLICE_COLOURS}`}
            cx="21"
            cy="21"
            r={RADIUS}
            strokeWidth={STROKE}
            strokeDasharray={`${slice.length} ${100 - slice.length}`}
            // Slices start at twelve o'clock and run clockwise.
            strokeDashoffset={25 - slice.offset}
          />
        ))}
      <text className="pie-chart-total" x="21" y="21.5" textAnchor="middle">
        {count(total)}
      </text>
      <text className="pie-chart-total-label" x="21" y="27" textAnchor="middle">
        {plural('pieTotalLabel', total)}
      </text>
    </svg>
  )
}
