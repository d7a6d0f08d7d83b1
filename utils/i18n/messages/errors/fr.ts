/** Français : erreurs du stockage et de l’arrière-plan. Les types JSON (number, string, object…) restent : mots du fichier. */
import type { ErrorCatalog } from './en';

export const frErrors: ErrorCatalog = {
  'error.quota':
    'Le navigateur a refusé de stocker davantage de données (stockage plein). Rien n’a été modifié.',
  'error.internal':
    'Un problème est survenu dans le stockage des affirmations de Crosstally. Rien n’a été modifié.',
  'error.page': 'Un problème est survenu sur cette page. Rien n’a été modifié.',
  'error.noAnswer': 'L’arrière-plan de Crosstally n’a pas répondu. Essayez de recharger la page.',
  'error.unreachable': 'L’arrière-plan de Crosstally est injoignable. Essayez de recharger la page.',
  'error.forbidden': 'Les requêtes ne sont traitées que pour Crosstally lui-même.',
  'error.badRequest': 'Type de requête inconnu.',
  'error.pagesOnly': '« {type} » ne peut être demandé que depuis les pages de Crosstally.',
  'error.malformedRequest': 'Requête « {type} » mal formée : {issue}',

  'error.claimNotFound': 'Aucune affirmation « {id} » dans le stockage.',
  'error.sourceNotFound': 'Aucune source « {id} » dans le stockage.',
  'error.restoreSourceGone': 'La source « {id} » de l’affirmation n’est plus dans le stockage.',
  'error.undoGone': 'Cette suppression ne peut plus être annulée.',
  'error.ledgerFigureGone': 'Ce chiffre n’est pas dans votre journal de lecture.',
  'error.notSavedDeleted':
    'Non enregistré : l’affirmation a été supprimée dans un autre onglet ou une autre fenêtre. Rien n’a été modifié.',
  'error.notUndoneDeleted':
    'Non annulé : l’affirmation a été supprimée dans un autre onglet ou une autre fenêtre. Rien n’a été modifié.',
  'error.notSavedChanged':
    'Non enregistré : « {figure} » a été modifié entre-temps dans un autre onglet ou une autre fenêtre. Rien n’a été modifié.',
  'error.notUndoneChanged':
    'Non annulé : « {figure} » a été modifié entre-temps dans un autre onglet ou une autre fenêtre. Rien n’a été modifié.',
  'error.invalidClaim': 'Affirmation non valide : {issue}',
  'error.invalidSource': 'Source non valide : {issue}',
  'error.invalidArticle': 'Article non valide : {issue}',
  'error.invalidChanges': 'Modifications non valides : {issue}',

  'error.importCancelled': 'L’importation a été annulée : le stockage est tel qu’il était.',
  'error.packTooLarge':
    'Ce fichier fait {size} Mo ; les paquets d’affirmations sont lus jusqu’à {limit} Mo. Découpez-le en paquets plus petits.',
  'error.uploadTooLarge':
    'Ce fichier dépasse {size} Mo ; les paquets d’affirmations sont lus jusqu’à {limit} Mo. Découpez-le en paquets plus petits.',
  'error.notJson': 'Ce fichier n’est pas du JSON, ce n’est donc pas un paquet d’affirmations.',
  'error.notJsonAt':
    'Ce fichier n’est pas du JSON, ce n’est donc pas un paquet d’affirmations (première erreur : ligne {line}, colonne {column}).',
  'error.notAnObject': 'Ce fichier n’est pas un paquet d’affirmations Crosstally (objet JSON attendu).',
  'error.wrongFormat':
    'Ce fichier n’est pas un paquet d’affirmations Crosstally (format : "{format}" attendu).',
  'error.wrongVersion':
    'Ce paquet d’affirmations est en version {seen} ; ce Crosstally lit les versions {versions}.',
  'error.invalidPack': 'Le paquet d’affirmations a {count} champ(s) non valide(s) : {issue}',
  'error.textsMisplaceClaim':
    'Le texte de {names} ne contient pas une affirmation là où les affirmations l’indiquent ; rien n’a été importé.',
  'error.textsMisplaceClaims':
    'Le texte de {names} ne contient pas {count} affirmations là où elles l’indiquent ; rien n’a été importé.',
  'error.uploadPart': 'Partie {index} d’un envoi en {count} parties.',
  'error.uploadIncomplete':
    'Le fichier n’est pas arrivé en entier dans le stockage de Crosstally (il a peut-être redémarré). Choisissez de nouveau le fichier.',
  'error.indexTooLarge': 'Cet index de paquet fait {chars} caractères ; un index en a au plus {limit}.',
  'error.indexNotJson': 'Cet index de paquet n’est pas du JSON.',
  'error.indexInvalid': 'L’index du paquet n’est pas valide : {issue}',
  'error.indexShardTwice': 'L’index du paquet cite {path} deux fois.',
  'error.indexClaimCount':
    'L’index du paquet annonce {listed} affirmations, mais ses parties en contiennent {held}.',

  'error.subOtherKey': 'Le paquet est signé par une autre clé ({key}) que celle que vous avez donnée.',
  'error.subNothingToPreview': 'Le serveur n’a rien envoyé à prévisualiser.',
  'error.subAlready': 'Vous êtes déjà abonné à ce paquet.',
  'error.subKeyChangedMeanwhile':
    'Le paquet a changé de clé de signature pendant votre abonnement ; réessayez.',
  'error.subRemoved': 'Cet abonnement n’existe pas (il a été supprimé).',
  'error.subNoSuch': 'Cet abonnement n’existe pas.',
  'error.subNoNewKey': 'Il n’y a pas de nouvelle clé à accepter.',
  'error.subNewKey':
    'L’éditeur signe avec une nouvelle clé. Rien n’est mis à jour tant que vous ne l’avez pas acceptée.',
  'error.subUpToDate': 'À jour : rien n’a changé depuis la dernière mise à jour.',
  'error.subUpdated': 'Mis à jour ; parties modifiées téléchargées : {count}.',
  'error.fetchTimeout': '{url} n’a pas répondu en {seconds} s.',
  'error.fetchUnfinished': 'Le téléchargement de {url} ne s’est pas terminé en {seconds} s.',
  'error.fetchOffline':
    '{url} est injoignable (le navigateur est hors ligne, le serveur est en panne, ou il ne laisse pas Crosstally lire le fichier).',
  'error.fetchBrokeOff': 'Le téléchargement de {url} s’est interrompu.',
  'error.fetchRedirect': '{url} redirige vers un autre site ({origin}) ; la redirection n’a pas été suivie.',
  'error.fetchNotFound': 'Il n’y a rien à l’adresse {url} (HTTP {status}).',
  'error.fetchHttp': '{url} a répondu HTTP {status}.',
  'error.fetchTooLarge': '{url} dépasse {size} Mo ; le fichier n’a pas été lu.',
  'error.fetchMissing': 'Il n’y a rien à l’adresse {url}.',
  'error.fetchShardMissing': 'La partie {path} du paquet n’est pas sur le serveur.',
  'error.fetchUnreadable': '{url} est trop volumineux pour être lu.',
  'error.sigMalformedKey':
    'Ce n’est pas une clé publique Crosstally : une ligne "{prefix}" suivie de 43 caractères est attendue.',
  'error.sigNotPrivateKey':
    'Ce n’est pas une clé privée Ed25519 (un JWK avec kty OKP, crv Ed25519 est attendu).',
  'error.sigPrivateKeyUnreadable': 'Le fichier de clé privée n’a pas pu être lu comme une clé Ed25519.',
  'error.sigKeyFile': '{path} n’est pas un fichier de clé écrit par "pack keygen".',
  'error.sigNotJson': 'Le fichier de signature n’est pas du JSON.',
  'error.sigWrongFormat': 'Le fichier de signature n’est pas un {format} (version 1, Ed25519).',
  'error.sigIncomplete': 'Il manque au fichier de signature son publicKey ou sa signature.',
  'error.sigNotBytes': 'La signature n’est pas faite de 64 octets en base64url.',
  'error.sigKeyMismatch':
    'Le paquet est signé par une autre clé que la clé d’éditeur donnée : il ne vient peut-être pas de cet éditeur.',
  'error.sigBad':
    'La signature ne correspond pas au fichier : il a été modifié après la signature, ou signé par une autre clé.',
  'error.sigMissing':
    'Aucune signature ({url}) à côté du paquet : il n’est pas signé par la clé à laquelle vous faites confiance.',
  'error.sigShardDigest': 'La partie {path} ne correspond pas à son empreinte dans l’index du paquet.',
  'error.urlNotWeb': 'Ce n’est pas une adresse web (https://… attendu).',
  'error.urlCredentials': 'Les adresses avec un nom d’utilisateur ou un mot de passe ne sont pas acceptées.',
  'error.urlNotHttps':
    'Les paquets ne sont récupérés qu’en https (http seulement depuis cet ordinateur : localhost).',

  'error.issue.text': '{text}',
  'error.issue.andMore': '…et {count} de plus',
  'error.issue.invalidType': '{expected} attendu, {received} reçu',
  'error.issue.expectedValue': '{value} attendu',
  'error.issue.expectedOneOf': 'attendu : l’une des valeurs {values}',
  'error.issue.tooLong': 'trop long : la chaîne doit avoir {limit} caractères',
  'error.issue.tooShort': 'trop court : la chaîne doit avoir {limit} caractères',
  'error.issue.tooManyItems': 'trop d’éléments : le tableau doit en avoir {limit}',
  'error.issue.tooFewItems': 'pas assez d’éléments : le tableau doit en avoir {limit}',
  'error.issue.tooBig': 'trop grand : {origin} doit être {limit}',
  'error.issue.tooSmall': 'trop petit : {origin} doit être {limit}',
  'error.issue.pattern': 'chaîne non valide : doit correspondre au motif {pattern}',
  'error.issue.unknownKey': 'clé inconnue : {keys}',
  'error.issue.unknownKeys': 'clés inconnues : {keys}',
  'error.issue.invalid': 'valeur non valide',
  'error.issue.id':
    'identifiant attendu : une lettre ou un chiffre, puis des lettres, des chiffres et . _ : # @ / + ~ = % & ? - (pas un nom intégré comme "constructor")',
  'error.issue.isoDate': 'date ISO attendue (AAAA-MM-JJ)',
  'error.issue.day': 'jour attendu sous la forme AAAA-MM-JJ',
  'error.issue.httpUrl': 'URL http(s) attendue',
  'error.issue.period':
    'période attendue en notation ISO 8601 : un jour (2020-09-27), un mois (2016-04), une année (2020) ou un intervalle entre deux (2020-09-27/2020-10-10, 1988/1994)',
  'error.issue.ofClaim': '{reason} (affirmation "{id}")',
  'error.issue.rangeBackwards': 'la plage finit avant de commencer',
  'error.issue.noSourceInPack': 'aucune source "{id}" dans le paquet',
  'error.issue.noSourceInStore': 'aucune source "{id}" dans le stockage',
  'error.issue.offsetsOutsideQuote': 'la position du chiffre sort de la citation',
  'error.issue.endBeforeStart': 'la fin précède le début',
  'error.issue.duplicateId': 'identifiant en double "{id}" (d’abord en {list}[{first}])',
  'error.issue.figureNotInQuote': 'introuvable dans la citation ; copiez-y les mots du chiffre',
  'error.issue.alreadyStored':
    'ce chiffre de cet indicateur est déjà enregistré pour la source ; modifiez-le plutôt',
  'error.issue.figureOutsideText': 'le chiffre sort du texte',
  'error.issue.sentenceMissesFigure': 'la phrase ne contient pas le chiffre',
  'error.issue.claimGone': 'l’affirmation "{id}" n’est plus dans le stockage',
  'error.issue.anchorMoved':
    'l’affirmation "{id}" attend {exact} aux positions {start}–{end} ; le texte y contient {found}',
  'error.issue.anchorPrefix':
    'l’affirmation "{id}" : les mots avant {exact} ne sont pas le préfixe de son sélecteur {prefix}',
  'error.issue.anchorSuffix':
    'l’affirmation "{id}" : les mots après {exact} ne sont pas le suffixe de son sélecteur {suffix}',
  'error.issue.inStoredText': '{reason} (texte enregistré de "{source}")',
  'error.issue.version': '{versions} attendu, {seen} reçu',
  'error.issue.selectionOutside': 'la sélection sort de son contexte',
  'error.issue.versionPerId': 'il faut une version par identifiant',
  'error.issue.shardFileName': 'nom de fichier attendu à côté de l’index, se terminant par .json',
  'error.issue.sha256': 'empreinte SHA-256 hexadécimale attendue',
};
