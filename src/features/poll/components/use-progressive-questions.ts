import { startTransition, useEffect, useState } from 'react'
import type { Question } from '../poll'

/** More than a slider's first screen holds. */
const FIRST_SCREEN_ANSWERS = 20

/**
 * A long feed poll (up to hundreds of answers) shows its first screen at
 * once and the rest in a background render right after, so it appears about
 * as fast as a chat poll and stays responsive meanwhile.
 */
export function useProgressiveQuestions(
  questions: readonly Question[],
): readonly Question[] {
  const firstScreen = firstScreenOf(questions)
  const [showAll, setShowAll] = useState(firstScreen === questions)
  useEffect(() => {
    if (showAll) return
    startTransition(() => {
      setShowAll(true)
    })
  }, [showAll])
  return showAll ? questions : firstScreen
}

/** The leading questions and answers that fill the first screen; `questions` itself if all do. */
function firstScreenOf(questions: readonly Question[]): readonly Question[] {
  const shown: Question[] = []
  let room = FIRST_SCREEN_ANSWERS
  for (const question of questions) {
    if (room <= 0) return shown
    // A donut drawn from part of the answers would show wrong shares.
    const whole = question.answers.length <= room || question.chart === 'pie'
    shown.push(
      whole ? question : { ...question, answers: question.answers.slice(0, room) },
    )
    room -= question.answers.length
  }
  return shown.length === questions.length && room >= 0 ? questions : shown
}
