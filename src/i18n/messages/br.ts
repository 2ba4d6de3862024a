import type { Catalogue } from '../catalogue'

/** Brazilian Portuguese (Bitrix24 language code `br`). */
export const br: Catalogue = {
  locale: 'pt-BR',
  dir: 'ltr',
  messages: {
    loadingPoll: 'Carregando a enquete…',
    outsideTitle: 'Abra o Chat Poll a partir de um chat do Bitrix24',
    outsideBody:
      'Este aplicativo funciona dentro do Bitrix24. Em um chat, abra o menu de uma mensagem com enquete e escolha “Chat Poll”.',
    noAnswerTitle: 'O Bitrix24 não está respondendo',
    noAnswerBody:
      'O aplicativo não conseguiu se conectar ao Bitrix24. Feche-o e abra-o novamente pelo menu de uma mensagem com enquete em um chat do Bitrix24.',
    howToTitle: 'Como usar o Chat Poll',
    howToIntro:
      'O Chat Poll permite votar em uma enquete do chat, alterar ou retirar seu voto e ver os resultados.',
    howToStep1: 'Abra um chat do Bitrix24 que tenha uma enquete.',
    howToStep2: 'Abra o menu da mensagem da enquete (⋯).',
    howToStep3: 'Escolha “Chat Poll”.',
    noMessageTitle: 'Nenhuma mensagem com enquete foi escolhida',
    noMessageBody:
      'O Bitrix24 não informou ao aplicativo qual mensagem mostrar. Abra o Chat Poll pelo menu de uma mensagem com enquete em um chat.',
    notFoundTitle: 'Esta mensagem não tem enquete',
    notFoundBody: 'Abra o Chat Poll pelo menu de uma mensagem que contenha uma enquete.',
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
      'O aplicativo não conseguiu se comunicar com o Bitrix24. Verifique sua conexão e tente novamente.',
    loadServerBody: 'O Bitrix24 teve um problema. Tente novamente em instantes.',
    loadRefusedBody:
      'O Bitrix24 não mostrou a enquete. Feche o Chat Poll e abra-o novamente pelo menu da mensagem da enquete; se não resolver, fale com o administrador do Bitrix24.',
    pollHeading: 'Enquete',
    peopleVoted: {
      one: '{count} pessoa votou',
      many: '{count} de pessoas votaram',
      other: '{count} pessoas votaram',
    },
    resultsHidden: 'O autor da enquete ocultou os resultados',
    nobodyVoted: 'Ninguém votou ainda',
    anonymousPoll: 'Enquete anônima',
    publicPoll: 'Enquete pública',
    votesChangeable: 'Os votos podem ser alterados',
    votesFinal: 'Os votos não podem ser alterados',
    pollOpen: 'Aberta',
    pollFinished: 'Encerrada',
    sharesOfVoters: 'Os percentuais são de votantes, não de votos',
    votes: { one: '{count} voto', many: '{count} de votos', other: '{count} votos' },
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
      many: '{count}\u00a0de pessoas responderam',
      other: '{count}\u00a0pessoas responderam',
    },
    pieTotalLabel: { one: 'voto', many: 'votos', other: 'votos' },
    notVoted: 'Você não votou nesta enquete.',
    submitVote: 'Votar',
    saveVote: 'Salvar meu voto',
    cancel: 'Cancelar',
    changeVote: 'Alterar meu voto',
    ballotRequiredMissing: 'Responda a todas as perguntas obrigatórias antes de votar.',
    ballotEmpty: 'Escolha uma resposta antes de votar.',
    voteCounted: 'Seu voto foi registrado.',
    voteChanged: 'Seu voto foi alterado.',
    voteRefused:
      'O Bitrix24 não aceitou seu voto. A enquete foi recarregada para mostrar o estado atual.',
    votePollFinished: 'Esta enquete foi encerrada: ela não aceita mais votos.',
    voteUnconfirmed:
      'Não foi possível falar com o Bitrix24 para confirmar seu voto. A enquete será atualizada assim que o Bitrix24 responder; se seu voto não aparecer, vote novamente.',
    voteChangeLostPrevious:
      'O Bitrix24 não aceitou seu novo voto e removeu o anterior. Escolha suas respostas e vote novamente.',
    voteFailed: 'Seu voto não foi enviado. Verifique sua conexão e tente novamente.',
    voteFailedServer:
      'Seu voto não foi salvo: o Bitrix24 teve um problema. Tente novamente em instantes.',
    withdrawVote: 'Retirar meu voto',
    withdrawNotAllowed:
      'Você não pode retirar seu voto: esta enquete não permite alterar votos.',
    withdrawPollFinished: 'Você não pode retirar seu voto: esta enquete foi encerrada.',
    voteWithdrawn: 'Seu voto foi retirado.',
    withdrawRefused:
      'O Bitrix24 não retirou seu voto. A enquete foi recarregada para mostrar o estado atual.',
    withdrawFailed: 'Seu voto não foi retirado. Verifique sua conexão e tente novamente.',
    withdrawPollClosed:
      'Seu voto não foi retirado: a enquete foi encerrada enquanto estava aberta aqui.',
    withdrawUnconfirmed:
      'Não foi possível falar com o Bitrix24 para confirmar se seu voto foi retirado. A enquete será atualizada assim que o Bitrix24 responder; se seu voto ainda aparecer, tente novamente.',
    undo: 'Desfazer',
    voteRestored: 'Seu voto foi restaurado.',
    undoPollFinished: 'Não é possível restaurar seu voto: a enquete foi encerrada.',
    undoNotAllowed:
      'Não é possível restaurar seu voto: a enquete não o aceita mais. Vote novamente abaixo, se puder.',
    undoFailed: 'Seu voto não foi restaurado. Verifique sua conexão e tente novamente.',
    withdrawFailedServer:
      'Seu voto não foi retirado: o Bitrix24 teve um problema. Tente novamente em instantes.',
    undoFailedServer:
      'Seu voto não foi restaurado: o Bitrix24 teve um problema. Tente novamente em instantes.',
    voteWithdrawnShort: 'Voto retirado',
    undoSecondsLeft: {
      one: 'Resta {count}\u00a0segundo para desfazer',
      many: 'Restam {count}\u00a0de segundos para desfazer',
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
      many: '{count}\u00a0de pessoas escolheram esta resposta',
      other: '{count}\u00a0pessoas escolheram esta resposta',
    },
    hideVoters: 'Ocultar votantes',
    installing: 'Instalando o Chat Poll…',
    installFailedTitle: 'Não foi possível instalar o Chat Poll',
    installFailedBody:
      'O Bitrix24 não adicionou o Chat Poll ao menu de mensagens do chat. Somente um administrador do Bitrix24 pode instalar aplicativos. Tente novamente ou fale com seu administrador.',
    installedTitle: 'O Chat Poll está instalado',
    installNotAdminTitle: 'Somente um administrador pode instalar o Chat Poll',
    installNotAdminBody:
      'Peça ao administrador do Bitrix24 que abra o Chat Poll uma vez pela lista de aplicativos. Depois disso, todos poderão abri-lo pelo menu de uma mensagem com enquete.',
    crashTitle: 'Algo deu errado',
    crashBody: 'O aplicativo encontrou um problema inesperado.',
    tryAgain: 'Tentar novamente',
  },
}
