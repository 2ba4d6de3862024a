import type { Catalogue } from './en'

/** Spanish, as written in Latin America (Bitrix24 language code `la`). */
export const la: Catalogue = {
  locale: 'es',
  dir: 'ltr',
  messages: {
    loadingPoll: 'Cargando la encuesta…',
    outsideTitle: 'Abre «Encuesta del chat» en Bitrix24',
    outsideBody:
      'Esta aplicación funciona dentro de Bitrix24. En un chat, abre el menú de un mensaje con encuesta y elige «Encuesta del chat».',
    noAnswerTitle: 'Bitrix24 no responde',
    noAnswerBody:
      'No se pudo conectar con Bitrix24. Cierra la aplicación y vuelve a abrirla desde el menú de un mensaje con encuesta.',
    noMessageTitle: 'No se eligió ningún mensaje con encuesta',
    noMessageBody:
      'Bitrix24 no indicó qué mensaje mostrar. Abre «Encuesta del chat» desde el menú de un mensaje con encuesta.',
    notFoundTitle: 'Este mensaje no tiene encuesta',
    notFoundBody: 'Abre «Encuesta del chat» desde el menú de un mensaje con encuesta.',
    accessDeniedTitle: 'No puedes ver esta encuesta',
    accessDeniedBody: 'Solo los miembros del chat donde se publicó pueden verla.',
    loadFailedTitle: 'No se pudo cargar la encuesta',
    invalidPollBody:
      'Bitrix24 envió datos de la encuesta que la aplicación no pudo leer.',
    errorCode: 'Código de error: {code}',
    retry: 'Reintentar',
    errorDetails: 'Detalles',
    loadConnectionBody:
      'No se pudo conectar con Bitrix24. Revisa tu conexión e inténtalo de nuevo.',
    loadServerBody: 'Bitrix24 tuvo un problema. Inténtalo de nuevo en un momento.',
    loadRefusedBody:
      'Bitrix24 se negó a mostrar la encuesta. Cierra la aplicación y vuelve a abrirla desde el menú del mensaje con encuesta. Si no se soluciona, consulta a tu administrador de Bitrix24.',
    pollHeading: 'Encuesta',
    // Counts are written in digits: "1.000.000 personas", never "… de personas".
    peopleVoted: {
      one: '{count}\u00a0persona votó',
      many: '{count}\u00a0personas votaron',
      other: '{count}\u00a0personas votaron',
    },
    resultsHidden: 'El autor ocultó los resultados',
    nobodyVoted: 'Todavía nadie votó',
    anonymousPoll: 'Encuesta anónima',
    publicPoll: 'Encuesta pública',
    votesChangeable: 'Se puede cambiar el voto',
    votesFinal: 'No se puede cambiar el voto',
    pollOpen: 'Votación abierta',
    pollFinished: 'Encuesta finalizada',
    sharesOfVoters:
      'Se pueden elegir varias respuestas, así que los porcentajes pueden sumar más de 100\u00a0%',
    votes: {
      one: '{count}\u00a0voto',
      many: '{count}\u00a0votos',
      other: '{count}\u00a0votos',
    },
    meterValue: '{votes}, {percent}',
    meterValueMine: '{votes}, {percent}, tu respuesta',
    yourAnswer: 'Tu respuesta',
    required: 'Obligatoria',
    pickOne: 'Elige una respuesta',
    pickAny: 'Elige una o más respuestas',
    resultsAfterVoting: 'Vota para ver los resultados',
    resultsForAuthor: 'Los miembros verán los resultados cuando voten',
    questionAnswered: {
      one: '{count}\u00a0persona respondió',
      many: '{count}\u00a0personas respondieron',
      other: '{count}\u00a0personas respondieron',
    },
    pieTotalLabel: { one: 'voto', many: 'votos', other: 'votos' },
    notVoted: 'Todavía no votaste en esta encuesta.',
    submitVote: 'Votar',
    saveVote: 'Guardar voto',
    cancel: 'Cancelar',
    changeVote: 'Cambiar voto',
    voteAgain: 'Votar de nuevo',
    ballotRequiredMissing: 'Responde todas las preguntas obligatorias antes de votar.',
    ballotEmpty: 'Elige una respuesta antes de votar.',
    voteCounted: 'Tu voto se registró.',
    voteChanged: 'Tu voto se cambió.',
    voteRefused: 'Bitrix24 no aceptó tu voto. La encuesta se actualizó.',
    votePollFinished: 'Esta encuesta finalizó y ya no acepta votos.',
    votePollClosed: 'Esta encuesta está cerrada y no acepta votos.',
    voteUnconfirmed:
      'No se pudo contactar con Bitrix24 para confirmar tu voto. La encuesta se actualizará en cuanto Bitrix24 responda. Si tu voto no aparece, vuelve a votar.',
    voteChangeLostPrevious:
      'Bitrix24 no aceptó tu nuevo voto y eliminó el anterior. Elige tus respuestas y vuelve a votar.',
    voteFailed: 'Tu voto no se envió. Revisa tu conexión e inténtalo de nuevo.',
    voteFailedServer:
      'Tu voto no se guardó: Bitrix24 tuvo un problema. Inténtalo de nuevo en un momento.',
    withdrawVote: 'Retirar mi voto',
    withdrawNotAllowed:
      'No puedes retirar tu voto: esta encuesta no permite cambiar los votos.',
    withdrawPollFinished: 'No puedes retirar tu voto: la encuesta finalizó.',
    voteWithdrawn: 'Tu voto se retiró.',
    withdrawRefused: 'Bitrix24 no retiró tu voto. La encuesta se actualizó.',
    withdrawFailed: 'Tu voto no se retiró. Revisa tu conexión e inténtalo de nuevo.',
    withdrawPollClosed:
      'Tu voto no se retiró: la encuesta finalizó mientras estaba abierta aquí.',
    withdrawUnconfirmed:
      'No se pudo contactar con Bitrix24 para confirmar si tu voto se retiró. La encuesta se actualizará en cuanto Bitrix24 responda. Si tu voto sigue apareciendo, inténtalo de nuevo.',
    undo: 'Deshacer',
    voteRestored: 'Tu voto se restauró.',
    undoPollFinished: 'No se puede restaurar tu voto: la encuesta finalizó.',
    undoPollClosed: 'No se puede restaurar tu voto: la encuesta está cerrada.',
    undoNotAllowed:
      'No se puede restaurar tu voto: la encuesta ya no lo acepta. Vuelve a votar si puedes.',
    undoFailed: 'Tu voto no se restauró. Revisa tu conexión e inténtalo de nuevo.',
    withdrawFailedServer:
      'Tu voto no se retiró: Bitrix24 tuvo un problema. Inténtalo de nuevo en un momento.',
    undoFailedServer:
      'Tu voto no se restauró: Bitrix24 tuvo un problema. Inténtalo de nuevo en un momento.',
    voteWithdrawnShort: 'Voto retirado',
    undoSecondsLeft: {
      one: 'Queda {count}\u00a0segundo para deshacer',
      many: 'Quedan {count}\u00a0segundos para deshacer',
      other: 'Quedan {count}\u00a0segundos para deshacer',
    },
    whoVoted: 'Quién votó',
    loadingVoters: 'Cargando votantes…',
    moreVoters: 'Mostrar más',
    votersFailed: 'No se pudo cargar la lista de votantes.',
    you: 'Tú',
    votersMore: '+{count}',
    nameSeparator: ', ',
    answerVoters: {
      one: '{count}\u00a0persona eligió esta respuesta',
      many: '{count}\u00a0personas eligieron esta respuesta',
      other: '{count}\u00a0personas eligieron esta respuesta',
    },
    hideVoters: 'Ocultar votantes',
    installing: 'Instalando «Encuesta del chat»…',
    installFailedTitle: 'No se pudo instalar «Encuesta del chat»',
    installFailedBody:
      'Bitrix24 no agregó «Encuesta del chat» al menú de los mensajes. Solo un administrador de Bitrix24 puede instalar aplicaciones. Inténtalo de nuevo o consulta a tu administrador.',
    installedTitle: '«Encuesta del chat» está instalada',
    installedBody:
      'Ábrela desde el menú de un mensaje con encuesta en cualquier chat: ⋯\u00a0→ Encuesta del chat. Ahí puedes votar, cambiar o retirar tu voto y ver los resultados.',
    installNotAdminTitle: 'Solo un administrador puede instalar «Encuesta del chat»',
    installNotAdminBody:
      'Pide a tu administrador de Bitrix24 que abra «Encuesta del chat» una vez desde la lista de aplicaciones. Después, todos podrán abrirla desde el menú de un mensaje con encuesta.',
    crashTitle: 'Algo salió mal',
    crashBody: 'La aplicación tuvo un problema inesperado.',
    tryAgain: 'Intentar de nuevo',
  },
}
