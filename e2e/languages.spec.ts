import {
  lunchPoll,
  lunchQuestion,
  snackPoll,
} from '@chat-poll/simulated-portal/demo-polls'
import { expectNoAxeViolations } from './support/axe'
import { expect, test } from './support/fixtures'

test('in Russian, counts take their plural forms and every outcome is in Russian', async ({
  page,
  chat,
}) => {
  await chat.openPoll(lunchPoll, { lang: 'ru' })
  const question = chat.app.getByRole('group', { name: lunchQuestion })
  const sushi = question.getByRole('meter', { name: 'Sushi bar' })

  await expect(sushi).toHaveAttribute(
    'aria-valuetext',
    '2\u00a0голоса, 50\u00a0%, ваш ответ',
  )
  await expect(question.getByRole('meter', { name: 'Pizza place' })).toHaveAttribute(
    'aria-valuetext',
    '1\u00a0голос, 25\u00a0%',
  )
  await expect(chat.app.getByText(/Проголосовали 4\u00a0человека/)).toBeVisible()
  await expect
    .poll(() => sushi.evaluate((element) => element.ownerDocument.documentElement.lang))
    .toBe('ru')
  await expectNoAxeViolations(page)

  await chat.app.getByRole('button', { name: 'Отозвать мой голос' }).click()

  await expect(chat.app.getByRole('status')).toHaveText('Ваш голос отозван.')
  await expect(chat.app.getByRole('button', { name: 'Вернуть голос' })).toBeFocused()
  await expect(chat.app.getByText('Голос отозван', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('in Arabic, the app is written right to left with mirrored layout', async ({
  page,
  chat,
}) => {
  await chat.openPoll(lunchPoll, { lang: 'ar' })
  const sushi = chat.app.getByRole('meter', { name: 'Sushi bar' })
  const withdraw = chat.app.getByRole('button', { name: 'سحب صوتي' })

  await expect(sushi).toHaveAttribute('aria-valuetext', 'صوتان، 50\u200e%\u200e، إجابتك')
  const root = await sushi.evaluate((element) => {
    const { lang, dir } = element.ownerDocument.documentElement
    return { lang, dir }
  })
  expect(root).toEqual({ lang: 'ar', dir: 'rtl' })
  // Mirrored: the first button of the row sits at the right edge of the app.
  const main = await chat.app.getByRole('main').boundingBox()
  const button = await chat.app.getByRole('button', { name: 'تغيير الصوت' }).boundingBox()
  expect(
    (main?.x ?? 0) + (main?.width ?? 0) - ((button?.x ?? 0) + (button?.width ?? 0)),
  ).toBeLessThan(40)
  await expectNoAxeViolations(page)

  // By keyboard, Undo keeps its seconds while it has focus; a key press waits
  // for nothing, so first the app has hydrated the server-rendered poll.
  await expect(withdraw).toBeEnabled()
  await withdraw.press('Enter')
  await expect(chat.app.getByRole('status')).toHaveText('تم سحب صوتك.')
  await chat.app.getByRole('button', { name: 'تراجع' }).press('Enter')
  await expect(chat.app.getByRole('status')).toHaveText('تمت استعادة صوتك.')
  await expectNoAxeViolations(page)
})

for (const [lang, withdraw] of [
  ['de', 'Meine Stimme zurückziehen'],
  ['la', 'Retirar mi voto'],
  ['br', 'Retirar meu voto'],
  ['ua', 'Відкликати мій голос'],
  ['xx', 'Withdraw my vote'],
] as const) {
  test(`Bitrix24 language ${lang} shows the app in its language`, async ({ chat }) => {
    await chat.openPoll(lunchPoll, { lang })

    await expect(chat.app.getByRole('button', { name: withdraw })).toBeVisible()
  })
}

const flows = [
  {
    lang: 'en',
    caption:
      'Anonymous poll · Votes can be changed · Voting open · 2 people voted · Vote to see the results',
    vote: 'Vote',
    counted: 'Your vote was counted.',
    change: 'Change vote',
    save: 'Save vote',
    changed: 'Your vote was changed.',
    withdraw: 'Withdraw my vote',
    withdrawn: 'Your vote was withdrawn.',
    undo: 'Undo',
    restored: 'Your vote was restored.',
  },
  {
    lang: 'ru',
    caption:
      'Анонимный опрос · Голос можно изменить · Голосование открыто · Проголосовали 2 человека · Проголосуйте, чтобы увидеть результаты',
    vote: 'Проголосовать',
    counted: 'Ваш голос учтён.',
    change: 'Изменить голос',
    save: 'Сохранить голос',
    changed: 'Ваш голос изменён.',
    withdraw: 'Отозвать мой голос',
    withdrawn: 'Ваш голос отозван.',
    undo: 'Вернуть голос',
    restored: 'Ваш голос возвращён.',
  },
  {
    lang: 'ar',
    caption:
      'استطلاع مجهول الهوية · يمكن تغيير الأصوات · التصويت مفتوح · صوّت شخصان · صوّت لترى النتائج',
    vote: 'تصويت',
    counted: 'تم احتساب صوتك.',
    change: 'تغيير الصوت',
    save: 'حفظ الصوت',
    changed: 'تم تغيير صوتك.',
    withdraw: 'سحب صوتي',
    withdrawn: 'تم سحب صوتك.',
    undo: 'تراجع',
    restored: 'تمت استعادة صوتك.',
  },
] as const

for (const texts of flows) {
  test(`in ${texts.lang}: vote, change, withdraw and undo, with axe on every state`, async ({
    page,
    chat,
  }) => {
    await chat.openPoll(snackPoll, { lang: texts.lang })
    const status = chat.app.getByRole('status')
    await expect(chat.app.getByText(texts.caption)).toBeVisible()
    await expectNoAxeViolations(page)

    await chat.app.getByRole('radio', { name: 'Fruit' }).check()
    await chat.app.getByRole('button', { name: texts.vote }).click()
    await expect(status).toHaveText(texts.counted)
    await expectNoAxeViolations(page)

    await chat.app.getByRole('button', { name: texts.change }).click()
    await expect(chat.app.getByRole('radio', { name: 'Fruit' })).toBeChecked()
    await chat.app.getByRole('radio', { name: 'Nuts' }).check()
    await expectNoAxeViolations(page)
    await chat.app.getByRole('button', { name: texts.save }).click()
    await expect(status).toHaveText(texts.changed)

    // By keyboard: Undo takes focus, and its seconds stand still while it has it.
    await chat.app.getByRole('button', { name: texts.withdraw }).press('Enter')
    await expect(status).toHaveText(texts.withdrawn)
    await expect(chat.app.getByRole('button', { name: texts.undo })).toBeFocused()
    await expectNoAxeViolations(page)
    await chat.app.getByRole('button', { name: texts.undo }).press('Enter')
    await expect(status).toHaveText(texts.restored)
    await expect(chat.app.getByRole('meter', { name: 'Nuts' })).toHaveAttribute(
      'aria-valuenow',
      '2',
    )
    await expectNoAxeViolations(page)
  })
}
