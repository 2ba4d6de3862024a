import type { Catalogue } from './en'

/** German (Bitrix24 language code `de`). */
export const de: Catalogue = {
  locale: 'de',
  dir: 'ltr',
  messages: {
    loadingPoll: 'Umfrage wird geladen…',
    outsideTitle: 'Öffnen Sie „Chat-Umfrage“ in Bitrix24',
    outsideBody:
      'Diese App läuft in Bitrix24. Öffnen Sie in einem Chat das Menü einer Nachricht mit Umfrage und wählen Sie „Chat-Umfrage“.',
    noAnswerTitle: 'Bitrix24 antwortet nicht',
    noAnswerBody:
      'Keine Verbindung zu Bitrix24. Schließen Sie die App und öffnen Sie sie erneut über das Menü einer Umfragenachricht.',
    noMessageTitle: 'Keine Umfragenachricht ausgewählt',
    noMessageBody:
      'Bitrix24 hat nicht mitgeteilt, welche Nachricht gezeigt werden soll. Öffnen Sie „Chat-Umfrage“ über das Menü einer Umfragenachricht.',
    notFoundTitle: 'Diese Nachricht enthält keine Umfrage',
    notFoundBody: 'Öffnen Sie „Chat-Umfrage“ über das Menü einer Nachricht mit Umfrage.',
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
      'Bitrix24 ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    loadServerBody:
      'Bei Bitrix24 ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    loadRefusedBody:
      'Bitrix24 hat die Anzeige der Umfrage abgelehnt. Schließen Sie die App und öffnen Sie sie erneut über das Menü der Umfragenachricht. Hilft das nicht, wenden Sie sich an Ihren Bitrix24-Administrator.',
    pollHeading: 'Umfrage',
    peopleVoted: {
      one: '{count}\u00a0Person hat abgestimmt',
      other: '{count}\u00a0Personen haben abgestimmt',
    },
    resultsHidden: 'Ergebnisse vom Ersteller ausgeblendet',
    nobodyVoted: 'Noch hat niemand abgestimmt',
    anonymousPoll: 'Anonyme Umfrage',
    publicPoll: 'Öffentliche Umfrage',
    votesChangeable: 'Stimmen können geändert werden',
    votesFinal: 'Stimmen können nicht geändert werden',
    pollOpen: 'Abstimmung läuft',
    pollFinished: 'Umfrage beendet',
    sharesOfVoters:
      'Mehrere Antworten sind möglich, daher können die Anteile zusammen über 100\u00a0% liegen',
    votes: { one: '{count}\u00a0Stimme', other: '{count}\u00a0Stimmen' },
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
    notVoted: 'Sie haben in dieser Umfrage noch nicht abgestimmt.',
    submitVote: 'Abstimmen',
    saveVote: 'Stimme speichern',
    cancel: 'Abbrechen',
    changeVote: 'Stimme ändern',
    voteAgain: 'Erneut abstimmen',
    ballotRequiredMissing: 'Beantworten Sie alle Pflichtfragen, bevor Sie abstimmen.',
    ballotEmpty: 'Wählen Sie eine Antwort, bevor Sie abstimmen.',
    voteCounted: 'Ihre Stimme wurde gezählt.',
    voteChanged: 'Ihre Stimme wurde geändert.',
    voteRefused:
      'Bitrix24 hat Ihre Stimme nicht angenommen. Die Umfrage wurde aktualisiert.',
    votePollFinished: 'Diese Umfrage ist beendet und nimmt keine Stimmen mehr an.',
    votePollClosed: 'Diese Umfrage ist geschlossen und nimmt keine Stimmen an.',
    voteUnconfirmed:
      'Bitrix24 war nicht erreichbar, um Ihre Stimme zu bestätigen. Die Umfrage wird aktualisiert, sobald Bitrix24 antwortet. Fehlt Ihre Stimme dann, stimmen Sie erneut ab.',
    voteChangeLostPrevious:
      'Bitrix24 hat Ihre neue Stimme nicht angenommen und Ihre bisherige entfernt. Wählen Sie Ihre Antworten und stimmen Sie erneut ab.',
    voteFailed:
      'Ihre Stimme wurde nicht gesendet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    voteFailedServer:
      'Ihre Stimme wurde nicht gespeichert: Bei Bitrix24 ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    withdrawVote: 'Meine Stimme zurückziehen',
    withdrawNotAllowed:
      'Sie können Ihre Stimme nicht zurückziehen: In dieser Umfrage lassen sich Stimmen nicht ändern.',
    withdrawPollFinished:
      'Sie können Ihre Stimme nicht zurückziehen: Die Umfrage ist beendet.',
    voteWithdrawn: 'Ihre Stimme wurde zurückgezogen.',
    withdrawRefused:
      'Bitrix24 hat Ihre Stimme nicht zurückgezogen. Die Umfrage wurde aktualisiert.',
    withdrawFailed:
      'Ihre Stimme wurde nicht zurückgezogen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    withdrawPollClosed:
      'Ihre Stimme wurde nicht zurückgezogen: Die Umfrage wurde inzwischen beendet.',
    withdrawUnconfirmed:
      'Bitrix24 war nicht erreichbar, um zu bestätigen, ob Ihre Stimme zurückgezogen wurde. Die Umfrage wird aktualisiert, sobald Bitrix24 antwortet. Wird Ihre Stimme dann noch angezeigt, versuchen Sie es erneut.',
    undo: 'Rückgängig',
    voteRestored: 'Ihre Stimme wurde wiederhergestellt.',
    undoPollFinished:
      'Ihre Stimme kann nicht wiederhergestellt werden: Die Umfrage ist beendet.',
    undoPollClosed:
      'Ihre Stimme kann nicht wiederhergestellt werden: Die Umfrage ist geschlossen.',
    undoNotAllowed:
      'Ihre Stimme kann nicht wiederhergestellt werden: Die Umfrage nimmt sie nicht mehr an. Stimmen Sie erneut ab, falls möglich.',
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
    whoVoted: 'Wer hat abgestimmt?',
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
    installing: '„Chat-Umfrage“ wird installiert…',
    installFailedTitle: '„Chat-Umfrage“ konnte nicht installiert werden',
    installFailedBody:
      'Bitrix24 hat „Chat-Umfrage“ nicht zum Nachrichtenmenü hinzugefügt. Nur Bitrix24-Administratoren können Apps installieren. Versuchen Sie es erneut oder wenden Sie sich an Ihren Administrator.',
    installedTitle: '„Chat-Umfrage“ ist installiert',
    installedBody:
      'Sie finden die App im Menü jeder Umfragenachricht: ⋯\u00a0→ Chat-Umfrage. Dort stimmen Sie ab, ändern oder ziehen Ihre Stimme zurück und sehen die Ergebnisse.',
    installNotAdminTitle: 'Nur Administratoren können „Chat-Umfrage“ installieren',
    installNotAdminBody:
      'Bitten Sie Ihren Bitrix24-Administrator, „Chat-Umfrage“ einmal aus der Anwendungsliste zu öffnen. Danach können alle die App über das Menü einer Umfragenachricht öffnen.',
    crashTitle: 'Etwas ist schiefgelaufen',
    crashBody: 'In der App ist ein unerwarteter Fehler aufgetreten.',
    tryAgain: 'Erneut versuchen',
  },
}
