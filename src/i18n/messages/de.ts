import type { Catalogue } from '../catalogue'

/** German (Bitrix24 language code `de`). */
export const de: Catalogue = {
  locale: 'de',
  dir: 'ltr',
  messages: {
    loadingPoll: 'Umfrage wird geladen…',
    outsideTitle: 'Öffnen Sie Chat Poll aus einem Bitrix24-Chat',
    outsideBody:
      'Diese App läuft in Bitrix24. Öffnen Sie in einem Chat das Menü einer Nachricht mit Umfrage und wählen Sie „Chat Poll“.',
    noAnswerTitle: 'Bitrix24 antwortet nicht',
    noAnswerBody:
      'Die App konnte keine Verbindung zu Bitrix24 herstellen. Schließen Sie sie und öffnen Sie sie erneut über das Menü einer Umfragenachricht in einem Bitrix24-Chat.',
    howToTitle: 'So verwenden Sie Chat Poll',
    howToIntro:
      'Mit Chat Poll stimmen Sie in einer Chat-Umfrage ab, ändern oder ziehen Ihre Stimme zurück und sehen die Ergebnisse.',
    howToStep1: 'Öffnen Sie einen Bitrix24-Chat mit einer Umfrage.',
    howToStep2: 'Öffnen Sie das Menü der Umfragenachricht (⋯).',
    howToStep3: 'Wählen Sie „Chat Poll“.',
    noMessageTitle: 'Keine Umfragenachricht ausgewählt',
    noMessageBody:
      'Bitrix24 hat der App nicht mitgeteilt, welche Nachricht sie zeigen soll. Öffnen Sie Chat Poll über das Menü einer Umfragenachricht in einem Chat.',
    notFoundTitle: 'Diese Nachricht enthält keine Umfrage',
    notFoundBody: 'Öffnen Sie Chat Poll über das Menü einer Nachricht mit Umfrage.',
    accessDeniedTitle: 'Sie können diese Umfrage nicht sehen',
    accessDeniedBody:
      'Nur Mitglieder des Chats, in dem die Umfrage veröffentlicht wurde, können sie sehen.',
    loadFailedTitle: 'Die Umfrage konnte nicht geladen werden',
    invalidPollBody:
      'Bitrix24 hat Umfragedaten gesendet, die die App nicht lesen konnte.',
    errorCode: 'Fehlercode: {code}',
    retry: 'Erneut versuchen',
    errorDetails: 'Details',
    loadConnectionBody:
      'Die App hat Bitrix24 nicht erreicht. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    loadServerBody:
      'Bei Bitrix24 ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    loadRefusedBody:
      'Bitrix24 hat die Umfrage nicht angezeigt. Schließen Sie Chat Poll und öffnen Sie es erneut über das Menü der Umfragenachricht; hilft das nicht, wenden Sie sich an Ihren Bitrix24-Administrator.',
    pollHeading: 'Umfrage',
    peopleVoted: {
      one: '{count} Person hat abgestimmt',
      other: '{count} Personen haben abgestimmt',
    },
    resultsHidden: 'Die Ergebnisse sind vom Ersteller der Umfrage ausgeblendet',
    nobodyVoted: 'Noch hat niemand abgestimmt',
    anonymousPoll: 'Anonyme Umfrage',
    publicPoll: 'Öffentliche Umfrage',
    votesChangeable: 'Stimmen können geändert werden',
    votesFinal: 'Stimmen können nicht geändert werden',
    pollOpen: 'Offen',
    pollFinished: 'Beendet',
    sharesOfVoters: 'Anteile beziehen sich auf Abstimmende, nicht auf Stimmen',
    votes: { one: '{count} Stimme', other: '{count} Stimmen' },
    meterValue: '{votes}, {percent}',
    meterValueMine: '{votes}, {percent}, Ihre Antwort',
    yourAnswer: 'Ihre Antwort',
    required: 'Pflichtfrage',
    pickOne: 'Wählen Sie eine Antwort',
    pickAny: 'Wählen Sie eine oder mehrere Antworten',
    resultsAfterVoting: 'Stimmen Sie ab, um die Ergebnisse zu sehen',
    resultsForAuthor: 'Mitglieder sehen die Ergebnisse, sobald sie abgestimmt haben',
    questionAnswered: {
      one: '{count}\u00a0Person hat geantwortet',
      other: '{count}\u00a0Personen haben geantwortet',
    },
    pieTotalLabel: { one: 'Stimme', other: 'Stimmen' },
    notVoted: 'Sie haben in dieser Umfrage nicht abgestimmt.',
    submitVote: 'Abstimmen',
    saveVote: 'Meine Stimme speichern',
    cancel: 'Abbrechen',
    changeVote: 'Meine Stimme ändern',
    ballotRequiredMissing: 'Beantworten Sie alle Pflichtfragen, bevor Sie abstimmen.',
    ballotEmpty: 'Wählen Sie eine Antwort, bevor Sie abstimmen.',
    voteCounted: 'Ihre Stimme wurde gezählt.',
    voteChanged: 'Ihre Stimme wurde geändert.',
    voteRefused:
      'Bitrix24 hat Ihre Stimme nicht angenommen. Die Umfrage wurde neu geladen, um ihren aktuellen Stand zu zeigen.',
    votePollFinished: 'Diese Umfrage ist beendet: Sie nimmt keine Stimmen mehr an.',
    voteUnconfirmed:
      'Bitrix24 war nicht erreichbar, um Ihre Stimme zu bestätigen. Die Umfrage wird aktualisiert, sobald Bitrix24 antwortet; wird Ihre Stimme dann nicht angezeigt, stimmen Sie erneut ab.',
    voteChangeLostPrevious:
      'Bitrix24 hat Ihre neue Stimme nicht angenommen und Ihre bisherige entfernt. Wählen Sie Ihre Antworten und stimmen Sie erneut ab.',
    voteFailed:
      'Ihre Stimme wurde nicht gesendet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    voteFailedServer:
      'Ihre Stimme wurde nicht gespeichert: Bei Bitrix24 ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    withdrawVote: 'Meine Stimme zurückziehen',
    withdrawNotAllowed:
      'Sie können Ihre Stimme nicht zurückziehen: Diese Umfrage erlaubt keine Änderung der Stimmen.',
    withdrawPollFinished:
      'Sie können Ihre Stimme nicht zurückziehen: Diese Umfrage ist beendet.',
    voteWithdrawn: 'Ihre Stimme wurde zurückgezogen.',
    withdrawRefused:
      'Bitrix24 hat Ihre Stimme nicht zurückgezogen. Die Umfrage wurde neu geladen, um ihren aktuellen Stand zu zeigen.',
    withdrawFailed:
      'Ihre Stimme wurde nicht zurückgezogen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    withdrawPollClosed:
      'Ihre Stimme wurde nicht zurückgezogen: Die Umfrage wurde beendet, während sie hier geöffnet war.',
    withdrawUnconfirmed:
      'Bitrix24 war nicht erreichbar, um zu bestätigen, ob Ihre Stimme zurückgezogen wurde. Die Umfrage wird aktualisiert, sobald Bitrix24 antwortet; wird Ihre Stimme dann noch angezeigt, versuchen Sie es erneut.',
    undo: 'Rückgängig',
    voteRestored: 'Ihre Stimme wurde wiederhergestellt.',
    undoPollFinished:
      'Ihre Stimme kann nicht wiederhergestellt werden: Die Umfrage ist beendet.',
    undoNotAllowed:
      'Ihre Stimme kann nicht wiederhergestellt werden: Die Umfrage nimmt sie nicht mehr an. Stimmen Sie unten erneut ab, falls möglich.',
    undoFailed:
      'Ihre Stimme wurde nicht wiederhergestellt. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    withdrawFailedServer:
      'Ihre Stimme wurde nicht zurückgezogen: Bei Bitrix24 ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    undoFailedServer:
      'Ihre Stimme wurde nicht wiederhergestellt: Bei Bitrix24 ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    voteWithdrawnShort: 'Stimme zurückgezogen',
    undoSecondsLeft: {
      one: 'Noch {count}\u00a0Sekunde zum Rückgängigmachen',
      other: 'Noch {count}\u00a0Sekunden zum Rückgängigmachen',
    },
    whoVoted: 'Wer abgestimmt hat',
    loadingVoters: 'Abstimmende werden geladen…',
    moreVoters: 'Weitere anzeigen',
    votersFailed: 'Die Liste der Abstimmenden konnte nicht geladen werden.',
    you: 'Sie',
    votersMore: '+{count}',
    nameSeparator: ', ',
    answerVoters: {
      one: '{count}\u00a0Person hat diese Antwort gewählt',
      other: '{count}\u00a0Personen haben diese Antwort gewählt',
    },
    hideVoters: 'Liste ausblenden',
    installing: 'Chat Poll wird installiert…',
    installFailedTitle: 'Chat Poll konnte nicht installiert werden',
    installFailedBody:
      'Bitrix24 hat Chat Poll nicht zum Nachrichtenmenü des Chats hinzugefügt. Nur ein Bitrix24-Administrator kann Apps installieren. Versuchen Sie es erneut oder wenden Sie sich an Ihren Administrator.',
    installedTitle: 'Chat Poll ist installiert',
    installNotAdminTitle: 'Nur ein Administrator kann Chat Poll installieren',
    installNotAdminBody:
      'Bitten Sie Ihren Bitrix24-Administrator, Chat Poll einmal aus der Anwendungsliste zu öffnen. Danach können alle es über das Menü einer Umfragenachricht öffnen.',
    crashTitle: 'Etwas ist schiefgelaufen',
    crashBody: 'In der App ist ein unerwartetes Problem aufgetreten.',
    tryAgain: 'Erneut versuchen',
  },
}
