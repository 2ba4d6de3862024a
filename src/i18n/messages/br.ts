import type { Catalogue } from './en'

/** Brazilian Portuguese (Bitrix24 language code `br`). */
export const br: Catalogue = {
  locale: 'pt-BR',
  dir: 'ltr',
  messages: {
    loadingPoll: 'Carregando a enquete…',
    outsideTitle: 'Abra “Enquete do chat” no Bitrix24',
    outsideBody:
      'Este aplicativo funciona dentro do Bitrix24. Em um chat, abra o menu de uma mensagem com enquete e escolha “Enquete do chat”.',
    noAnswerTitle: 'O Bitrix24 não está respondendo',
    noAnswerBody:
      'Não foi possível conectar ao Bitrix24. Feche o aplicativo e abra-o de novo pelo menu de uma mensagem com enquete.',
    noMessageTitle: 'Nenhuma mensagem com enquete foi escolhida',
    noMessageBody:
      'O Bitrix24 não informou qual mensagem mostrar. Abra “Enquete do chat” pelo menu de uma mensagem com enquete.',
    notFoundTitle: 'Esta mensagem não tem enquete',
    notFoundBody: 'Abra “Enquete do chat” pelo menu de uma mensagem com enquete.',
    accessDeniedTitle: 'Você não pode ver esta enquete',
    accessDeniedBody:
      'Somente membros do chat em que a enquete foi publicada podem vê-la.',
    loadFailedTitle: 'Não foi possível carregar a enquete',
    invalidPollBody:
      'O Bitrix24 enviou dados da enquete que o aplicativo não conseguiu ler.',
    errorCode: 'Código do erro: {code}',
    retry: 'Tentar novamente',
    errorDetails: 'Detalhes',
    loadConnectionBody:
      'Não foi possível conectar ao Bitrix24. Verifique sua conexão e tente novamente.',
    loadServerBody: 'O Bitrix24 teve um problema. Tente novamente em instantes.',
    loadRefusedBody:
      'O Bitrix24 se recusou a mostrar a enquete. Feche o aplicativo e abra-o de novo pelo menu da mensagem com enquete. Se não resolver, fale com o administrador do Bitrix24.',
    pollHeading: 'Enquete',
    // Counts are written in digits: "1.000.000 pessoas", never "… de pessoas".
    peopleVoted: {
      one: '{count}\u00a0pessoa votou',
      many: '{count}\u00a0pessoas votaram',
      other: '{count}\u00a0pessoas votaram',
    },
    resultsHidden: 'O autor ocultou os resultados',
    nobodyVoted: 'Ninguém votou ainda',
    anonymousPoll: 'Enquete anônima',
    publicPoll: 'Enquete pública',
    votesChangeable: 'Os votos podem ser alterados',
    votesFinal: 'Os votos não podem ser alterados',
    pollOpen: 'Votação aberta',
    pollFinished: 'Enquete encerrada',
    sharesOfVoters:
      'É possível escolher várias respostas, então os percentuais podem somar mais de 100%',
    votes: {
      one: '{count}\u00a0voto',
      many: '{count}\u00a0votos',
      other: '{count}\u00a0votos',
    },
    meterValue: '{votes}, {percent}',
    meterValueMine: '{votes}, {percent}, sua resposta',
    yourAnswer: 'Sua resposta',
    required: 'Obrigatória',
    pickOne: 'Escolha uma resposta',
    pickAny: 'Escolha uma ou mais respostas',
    resultsAfterVoting: 'Vote para ver os resultados',
    resultsForAuthor: 'Os membros verão os resultados depois de votar',
    questionAnswered: {
      one: '{count}\u00a0pessoa respondeu',
      many: '{count}\u00a0pessoas responderam',
      other: '{count}\u00a0pessoas responderam',
    },
    pieTotalLabel: { one: 'voto', many: 'votos', other: 'votos' },
    notVoted: 'Você ainda não votou nesta enquete.',
    submitVote: 'Votar',
    saveVote: 'Salvar voto',
    cancel: 'Cancelar',
    changeVote: 'Alterar voto',
    voteAgain: 'Votar novamente',
    ballotRequiredMissing: 'Responda a todas as perguntas obrigatórias antes de votar.',
    ballotEmpty: 'Escolha uma resposta antes de votar.',
    voteCounted: 'Seu voto foi registrado.',
    voteChanged: 'Seu voto foi alterado.',
    voteRefused: 'O Bitrix24 não aceitou seu voto. A enquete foi atualizada.',
    votePollFinished: 'Esta enquete foi encerrada e não aceita mais votos.',
    votePollClosed: 'Esta enquete está fechada e não aceita votos.',
    voteUnconfirmed:
      'Não foi possível falar com o Bitrix24 para confirmar seu voto. A enquete será atualizada assim que o Bitrix24 responder. Se seu voto não aparecer, vote novamente.',
    voteChangeLostPrevious:
      'O Bitrix24 não aceitou seu novo voto e removeu o anterior. Escolha suas respostas e vote novamente.',
    voteFailed: 'Seu voto não foi enviado. Verifique sua conexão e tente novamente.',
    voteFailedServer:
      'Seu voto não foi salvo: o Bitrix24 teve um problema. Tente novamente em instantes.',
    withdrawVote: 'Retirar meu voto',
    withdrawNotAllowed:
      'Você não pode retirar seu voto: esta enquete não permite alterar votos.',
    withdrawPollFinished: 'Você não pode retirar seu voto: a enquete foi encerrada.',
    voteWithdrawn: 'Seu voto foi retirado.',
    withdrawRefused: 'O Bitrix24 não retirou seu voto. A enquete foi atualizada.',
    withdrawFailed: 'Seu voto não foi retirado. Verifique sua conexão e tente novamente.',
    withdrawPollClosed:
      'Seu voto não foi retirado: a enquete foi encerrada enquanto estava aberta aqui.',
    withdrawUnconfirmed:
      'Não foi possível falar com o Bitrix24 para confirmar se seu voto foi retirado. A enquete será atualizada assim que o Bitrix24 responder. Se seu voto ainda aparecer, tente novamente.',
    undo: 'Desfazer',
    voteRestored: 'Seu voto foi restaurado.',
    undoPollFinished: 'Não é possível restaurar seu voto: a enquete foi encerrada.',
    undoPollClosed: 'Não é possível restaurar seu voto: a enquete está fechada.',
    undoNotAllowed:
      'Não é possível restaurar seu voto: a enquete não o aceita mais. Vote novamente, se puder.',
    undoFailed: 'Seu voto não foi restaurado. Verifique sua conexão e tente novamente.',
    withdrawFailedServer:
      'Seu voto não foi retirado: o Bitrix24 teve um problema. Tente novamente em instantes.',
    undoFailedServer:
      'Seu voto não foi restaurado: o Bitrix24 teve um problema. Tente novamente em instantes.',
    voteWithdrawnShort: 'Voto retirado',
    undoSecondsLeft: {
      one: 'Resta {count}\u00a0segundo para desfazer',
      many: 'Restam {count}\u00a0segundos para desfazer',
      other: 'Restam {count}\u00a0segundos para desfazer',
    },
    whoVoted: 'Quem votou',
    loadingVoters: 'Carregando votantes…',
    moreVoters: 'Mostrar mais',
    votersFailed: 'Não foi possível carregar a lista de votantes.',
    you: 'Você',
    votersMore: '+{count}',
    nameSeparator: ', ',
    answerVoters: {
      one: '{count}\u00a0pessoa escolheu esta resposta',
      many: '{count}\u00a0pessoas escolheram esta resposta',
      other: '{count}\u00a0pessoas escolheram esta resposta',
    },
    hideVoters: 'Ocultar votantes',
    installing: 'Instalando “Enquete do chat”…',
    installFailedTitle: 'Não foi possível instalar “Enquete do chat”',
    installFailedBody:
      'O Bitrix24 não adicionou “Enquete do chat” ao menu das mensagens. Somente um administrador do Bitrix24 pode instalar aplicativos. Tente novamente ou fale com seu administrador.',
    installedTitle: 'Aplicativo “Enquete do chat” instalado',
    installedBody:
      'Abra-o pelo menu de uma mensagem com enquete em qualquer chat: ⋯\u00a0→ Enquete do chat. Lá você pode votar, alterar ou retirar seu voto e ver os resultados.',
    installNotAdminTitle: 'Somente um administrador pode instalar “Enquete do chat”',
    installNotAdminBody:
      'Peça ao administrador do Bitrix24 que abra “Enquete do chat” uma vez pela lista de aplicativos. Depois disso, todos poderão abri-lo pelo menu de uma mensagem com enquete.',
    crashTitle: 'Algo deu errado',
    crashBody: 'O aplicativo encontrou um problema inesperado.',
    tryAgain: 'Tentar novamente',
  },
}
