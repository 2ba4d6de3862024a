import type { Catalogue } from '../catalogue'

/** Spanish (Bitrix24 language code `la`). */
export const la: Catalogue = {
  locale: 'es',
  dir: 'ltr',
  messages: {
    loadingPoll: 'Cargando la encuesta…',
    outsideTitle: 'Abre Chat Poll desde un chat de Bitrix24',
    outsideBody:
      'Esta aplicación funciona dentro de Bitrix24. En un chat, abre el menú de un mensaje con una encuesta y elige «Chat Poll».',
    noAnswerTitle: 'Bitrix24 no responde',
    noAnswerBody:
      'La aplicación no pudo conectarse con Bitrix24. Ciérrala y vuelve a abrirla desde el menú de un mensaje con encuesta en un chat de Bitrix24.',
    howToTitle: 'Cómo usar Chat Poll',
    howToIntro:
      'Chat Poll te permite votar en una encuesta del chat, cambiar o retirar tu voto y ver los resultados.',
    howToStep1: 'Abre un chat de Bitrix24 que tenga una encuesta.',
    howToStep2: 'Abre el menú del mensaje de la encuesta (⋯).',
    howToStep3: 'Elige «Chat Poll».',
    noMessageTitle: 'No se eligió ningún mensaje con encuesta',
    noMessageBody:
      'Bitrix24 no indicó a la aplicación qué mensaje mostrar. Abre Chat Poll desde el menú de un mensaje con encuesta en un chat.',
    notFoundTitle: 'Este mensaje no tiene encuesta',
    notFoundBody: 'Abre Chat Poll desde el menú de un mensaje que contenga una encuesta.',
    accessDeniedTitle: 'No puedes ver esta encuesta',
    accessDeniedBody:
      'Solo los miembros del chat donde se publicó la encuesta pueden verla.',
    loadFailedTitle: 'No se pudo cargar la encuesta',
    invalidPollBody:
      'Bitrix24 envió datos de la encuesta que la aplicación no pudo leer.',
    errorCode: 'Código de error: {code}',
    retry: 'Reintentar',
    errorDetails: 'Detalles',
    loadConnectionBody:
      'La aplicación no pudo comunicarse con Bitrix24. Comprueba tu conexión e inténtalo de nuevo.',
    loadServerBody: 'Bitrix24 tuvo un problema. Inténtalo de nuevo en un momento.',
    loadRefusedBody:
      'Bitrix24 no mostró la encuesta. Cierra Chat Poll y vuelve a abrirlo desde el menú del mensaje de la encuesta; si no se soluciona, avisa a tu administrador de Bitrix24.',
    pollHeading: 'Encuesta',
    peopleVoted: {
      one: '{count} persona votó',
      many: '{count} de personas votaron',
      other: '{count} personas votaron',
    },
    resultsHidden: 'El autor de la encuesta ocultó los resultados',
    nobodyVoted: 'Nadie ha votado todavía',
    anonymousPoll: 'Encuesta anónima',
    publicPoll: 'Encuesta pública',
    votesChangeable: 'Los votos se pueden cambiar',
    votesFinal: 'Los votos no se pueden cambiar',
    pollOpen: 'Abierta',
    pollFinished: 'Finalizada',
    sharesOfVoters: 'Los porcentajes son de votantes, no de votos',
    votes: { one: '{count} voto', many: '{count} de votos', other: '{count} votos' },
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
      many: '{count}\u00a0de personas respondieron',
      other: '{count}\u00a0personas respondieron',
    },
    pieTotalLabel: { one: 'voto', many: 'votos', other: 'votos' },
    notVoted: 'No has votado en esta encuesta.',
    submitVote: 'Votar',
    saveVote: 'Guardar mi voto',
    cancel: 'Cancelar',
    changeVote: 'Cambiar mi voto',
    ballotRequiredMissing: 'Responde todas las preguntas obligatorias antes de votar.',
    ballotEmpty: 'Elige una respuesta antes de votar.',
    voteCounted: 'Tu voto se ha registrado.',
    voteChanged: 'Tu voto se ha cambiado.',
    voteRefused:
      'Bitrix24 no aceptó tu voto. La encuesta se ha vuelto a cargar para mostrar su estado actual.',
    votePollFinished: 'Esta encuesta ha finalizado: ya no acepta votos.',
    voteUnconfirmed:
      'No se pudo contactar con Bitrix24 para confirmar tu voto. La encuesta se actualizará en cuanto Bitrix24 responda; si tu voto no aparece, vuelve a votar.',
    voteChangeLostPrevious:
      'Bitrix24 no aceptó tu nuevo voto y eliminó el anterior. Elige tus respuestas y vuelve a votar.',
    voteFailed: 'Tu voto no se envió. Comprueba tu conexión e inténtalo de nuevo.',
    voteFailedServer:
      'Tu voto no se guardó: Bitrix24 tuvo un problema. Inténtalo de nuevo en un momento.',
    withdrawVote: 'Retirar mi voto',
    withdrawNotAllowed:
      'No puedes retirar tu voto: esta encuesta no permite cambiar los votos.',
    withdrawPollFinished: 'No puedes retirar tu voto: esta encuesta ha finalizado.',
    voteWithdrawn: 'Tu voto se ha retirado.',
    withdrawRefused:
      'Bitrix24 no retiró tu voto. La encuesta se ha vuelto a cargar para mostrar su estado actual.',
    withdrawFailed: 'Tu voto no se retiró. Comprueba tu conexión e inténtalo de nuevo.',
    withdrawPollClosed:
      'Tu voto no se retiró: la encuesta se cerró mientras estaba abierta aquí.',
    withdrawUnconfirmed:
      'No se pudo contactar con Bitrix24 para confirmar si tu voto se retiró. La encuesta se actualizará en cuanto Bitrix24 responda; si tu voto sigue apareciendo, inténtalo de nuevo.',
    undo: 'Deshacer',
    voteRestored: 'Tu voto se ha restaurado.',
    undoPollFinished: 'No se puede restaurar tu voto: la encuesta ha finalizado.',
    undoNotAllowed:
      'No se puede restaurar tu voto: la encuesta ya no lo acepta. Vuelve a votar abajo si puedes.',
    undoFailed: 'Tu voto no se restauró. Comprueba tu conexión e inténtalo de nuevo.',
    withdrawFailedServer:
      'Tu voto no se retiró: Bitrix24 tuvo un problema. Inténtalo de nuevo en un momento.',
    undoFailedServer:
      'Tu voto no se restauró: Bitrix24 tuvo un problema. Inténtalo de nuevo en un momento.',
    voteWithdrawnShort: 'Voto retirado',
    undoSecondsLeft: {
      one: 'Queda {count}\u00a0segundo para deshacer',
      many: 'Quedan {count}\u00a0de segundos para deshacer',
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
      many: '{count}\u00a0de personas eligieron esta respuesta',
      other: '{count}\u00a0personas eligieron esta respuesta',
    },
    hideVoters: 'Ocultar votantes',
    installing: 'Instalando Chat Poll…',
    installFailedTitle: 'No se pudo instalar Chat Poll',
    installFailedBody:
      'Bitrix24 no añadió Chat Poll al menú de mensajes del chat. Solo un administrador de Bitrix24 puede instalar aplicaciones. Inténtalo de nuevo o consulta a tu administrador.',
    installedTitle: 'Chat Poll está instalado',
    installNotAdminTitle: 'Solo un administrador puede instalar Chat Poll',
    installNotAdminBody:
      'Pide a tu administrador de Bitrix24 que abra Chat Poll una vez desde la lista de aplicaciones. Después, todos podrán abrirlo desde el menú de un mensaje con encuesta.',
    crashTitle: 'Algo salió mal',
    crashBody: 'La aplicación tuvo un problema inesperado.',
    tryAgain: 'Intentar de nuevo',
  },
}
