/** What comes in and goes out: import, export, reset, articles, subscriptions, ledger (fr). */
import type { CatalogPart } from '../en';
import type { transfer as english } from '../en/transfer';

export const transfer: CatalogPart<typeof english> = {
  'ledger.forgotSite': 'Oubliés : {articles} lus sur {site} ({claims}).',
  'ledger.forgotAll': 'Tous les articles lus ont été oubliés ({claims}).',
  'ledger.intro':
    'Journal activé, les chiffres des pages sur le conflit que vous lisez sont conservés ici, sur cet ordinateur uniquement (jamais depuis une fenêtre privée ni un site exclu), pour que les pages suivantes montrent comment ces médias les ont rapportés.',
  'ledger.consent': 'Conserver les chiffres des pages sur le conflit que je lis',
  'ledger.keepFor': 'Conserver les articles lus pendant',
  'ledger.days': { one: '{count} jour', many: '{count} jours', other: '{count} jours' },
  'ledger.forever': 'toujours',
  'ledger.articles': { one: '{count} article', many: '{count} articles', other: '{count} articles' },
  'ledger.counts': '{articles} lus, {claims}',
  'ledger.neverKept': '; jamais conservés : {sites}',
  'ledger.site': 'Site',
  'ledger.forgetSite': 'Oublier ce site',
  'ledger.confirmAll': 'Oublier tous les articles lus et leurs chiffres ? C’est irréversible.',
  'ledger.forgetAll': 'Tout oublier',
  'ledger.keepThem': 'Les garder',
  'ledger.forgetAllAsk': 'Tout oublier…',

  'sub.publishedBy': 'Publié par {publisher}',
  'sub.signed': 'Signé ; clé {key}',
  'sub.notSigned': 'Non signé : quiconque peut modifier l’hôte peut le modifier.',
  'sub.lastGood': 'Dernière mise à jour réussie : {time}.',
  'sub.never': 'Jamais mis à jour.',
  'sub.lastChecked': 'Dernière vérification : {time}.',
  'sub.keptPrevious': 'Version précédente conservée : {error}',
  'sub.newKey':
    'L’éditeur signe désormais avec une autre clé ({key}). Acceptez-la seulement si l’éditeur vous a prévenu du changement.',
  'sub.acceptKey': 'Accepter la nouvelle clé',
  'sub.refresh': 'Actualiser',
  'sub.everyHours': 'Toutes les {count} heures',
  'sub.daily': 'Chaque jour',
  'sub.weekly': 'Chaque semaine',
  'sub.working': 'En cours…',
  'sub.refreshNow': 'Actualiser maintenant',
  'sub.removeAndUnsubscribe': 'Retirer ses affirmations et se désabonner',
  'sub.keep': 'Garder',
  'sub.unsubscribe': 'Se désabonner…',
  'sub.intro':
    'Une rédaction ou une équipe de vérification peut publier ses affirmations sous forme de paquet sur n’importe quel hébergeur web. Crosstally ne récupère que l’adresse que vous indiquez, au rythme que vous choisissez, et n’envoie rien sur vous ni sur vos lectures.',
  'sub.address': 'Adresse du paquet (https)',
  'sub.publicKey': 'Clé publique de l’éditeur (facultative, recommandée)',
  'sub.checking': 'Vérification…',
  'sub.check': 'Vérifier le paquet',
  'sub.failed': '{error} Rien n’a été modifié.',
  'sub.accessNotGranted': '{error} L’accès à {origin} n’a pas été accordé, ce qui en est peut-être la cause.',
  'sub.previewLabel': 'Le paquet avant l’abonnement',
  'sub.preview': '{title}, publié par {publisher} : {claims} tirées de {articles}, {size}.',
  'sub.signedBy': 'Signé par {key}.',
  'sub.previewUnsigned':
    'Non signé : Crosstally ne peut pas savoir si quelqu’un l’a modifié en chemin ou sur l’hôte.',
  'sub.subscribing': 'Abonnement…',
  'sub.subscribe': 'S’abonner',
  'sub.none': 'Aucun abonnement pour l’instant.',
  'sub.subscribed': 'Abonné à « {title} » : {claims} ajoutées.',
  'sub.scheduleSaved': 'Rythme d’actualisation enregistré.',
  'sub.unsubscribed': 'Désabonné de « {title} » : {claims} retirées.',
  'sub.unsubscribedKept':
    'Désabonné de « {title} » : {claims} retirées ; {kept} que vous avez modifiées gardées.',

  'reset.title': 'Revenir au jeu initial',
  'reset.intro':
    'Remet les affirmations livrées avec Crosstally, comme après une nouvelle installation : vos modifications et vos suppressions sont annulées, et les affirmations non conservées ci-dessous sont retirées.',
  'reset.keep': 'Conserver',
  'reset.keepUser': 'Les affirmations que vous avez ajoutées ({count})',
  'reset.keepImport': 'Les affirmations que vous avez importées ({count})',
  'reset.exportFirst': 'Tout exporter d’abord',
  'reset.reset': 'Revenir au jeu initial…',
  'reset.confirmTitle': 'Réinitialiser la base ?',
  'reset.confirm':
    'Remplacées par le jeu initial : {lost} ; conservées parmi les vôtres : {kept}. Impossible d’annuler ; exportez d’abord si vous pourriez en avoir besoin.',
  'reset.now': 'Réinitialiser maintenant',
  'reset.seedClaims': {
    one: '{count} affirmation du jeu initial',
    many: '{count} affirmations du jeu initial',
    other: '{count} affirmations du jeu initial',
  },
  'reset.done': 'La base contient de nouveau le jeu initial ({written} écrites).',
  'reset.doneKept':
    'La base contient de nouveau le jeu initial ({written} écrites ; conservées parmi les vôtres : {kept}).',
  'reset.notice': 'Base remise au jeu initial.',

  'export.preparing': 'Préparation du fichier…',
  'export.all': 'Toute la base',
  'export.allCount': 'Toute la base ({claims})',
  'export.query': 'Les affirmations affichées par les filtres',
  'export.queryCount': 'Les affirmations affichées par les filtres ({claims})',
  'export.noFilter': '{label} : aucun filtre n’est défini',
  'export.ids': 'Les affirmations sélectionnées ({claims})',
  'export.title': 'Exporter',
  'export.intro':
    'Un paquet d’affirmations (JSON) s’importe dans n’importe quel Crosstally ; le CSV s’ouvre dans un tableur ; ClaimReview et Web Annotations (JSON-LD) servent aux outils de vérification des faits et d’annotation. Les fichiers sont créés sur cet ordinateur ; rien n’est envoyé nulle part.',
  'export.what': 'Que exporter',
  'export.json': 'Télécharger le paquet d’affirmations (JSON)',
  'export.csv': 'Télécharger le CSV',
  'export.claimReview': 'Télécharger ClaimReview (JSON-LD)',
  'export.annotations': 'Télécharger Web Annotations (JSON-LD)',

  'importSummary.heading': 'Ce que changerait l’importation de « {file} »',
  'importSummary.madeBy': 'Créé par {tool}.',
  'importSummary.caption': 'Changements que ferait l’importation',
  'importSummary.kind': 'Type d’enregistrement',
  'importSummary.added': 'Ajoutés',
  'importSummary.updated': 'Mis à jour',
  'importSummary.unchanged': 'Inchangés',
  'importSummary.conflicting': 'En conflit avec les vôtres',
  'importSummary.texts': 'Textes d’articles',
  'importSummary.keptTexts': {
    one: '{count} texte d’article intégré diffère dans le paquet et restera tel quel : les textes intégrés à Crosstally ne sont jamais remplacés.',
    many: '{count} textes d’articles intégrés diffèrent dans le paquet et resteront tels quels : les textes intégrés à Crosstally ne sont jamais remplacés.',
    other:
      '{count} textes d’articles intégrés diffèrent dans le paquet et resteront tels quels : les textes intégrés à Crosstally ne sont jamais remplacés.',
  },
  'importSummary.conflicts': {
    one: '{count} affirmation que le paquet modifierait alors qu’elle est à vous',
    many: '{count} affirmations que le paquet modifierait alors qu’elles sont à vous',
    other: '{count} affirmations que le paquet modifierait alors qu’elles sont à vous',
  },
  'importSummary.reason.edited': 'vous l’avez modifiée',
  'importSummary.reason.deleted': 'vous l’avez supprimée',
  'importSummary.reason.user': 'vous l’avez ajoutée vous-même',

  'import.title': 'Importer un paquet d’affirmations',
  'import.fileLegend': 'Fichier de paquet d’affirmations',
  'import.chooseFile': 'Choisissez un fichier de paquet d’affirmations (.json) ou déposez-le ici',
  'import.reading': 'Lecture de « {file} »…',
  'import.starting': 'Importation de « {file} »…',
  'import.progress': {
    one: 'Importation de « {file} » : {done} sur {count} enregistrement',
    many: 'Importation de « {file} » : {done} sur {count} enregistrements',
    other: 'Importation de « {file} » : {done} sur {count} enregistrements',
  },
  'import.cancelling': 'Annulation de « {file} » : remise de la base dans son état précédent…',
  'import.meanwhile': 'Les pages que vous ouvrez entre-temps reçoivent leurs repères en priorité.',
  'import.cancelImport': 'Annuler l’importation',
  'import.cancelled': 'Importation de « {file} » annulée : rien n’a été modifié.',
  'import.nothingImported': 'Rien n’a été importé depuis « {file} ».',
  'import.issues': 'Problèmes dans le fichier, chacun avec son emplacement',
  'import.done':
    '« {file} » importé : {summary} ; sans changement : {unchanged} ; des vôtres : {kept} conservées, {replaced} remplacées.',
  'import.addedUpdated': 'ajouts : {added}, mises à jour : {updated}',
  'import.addedReplaced': 'ajouts : {added}, remplacements : {replaced}',
  'import.texts': {
    one: '{count} texte d’article',
    many: '{count} textes d’articles',
    other: '{count} textes d’articles',
  },
  'import.conflict': 'Quand le paquet modifie une affirmation que vous avez modifiée, supprimée ou ajoutée',
  'import.keepMine': 'Garder la mienne',
  'import.takeTheirs': 'Prendre celle du paquet',
  'import.import': 'Importer',

  'article.intro':
    'Prenez l’article de l’onglet d’où vous venez, collez le texte d’un article ou ouvrez une page enregistrée ; Crosstally y trouve les chiffres ici même, hors ligne, et vous vérifiez chacun avant d’enregistrer.',
  'article.text': 'Texte de l’article',
  'article.textEmpty': 'Texte de l’article : collez d’abord le texte de l’article.',
  'article.textTooLong': 'Texte de l’article : il dépasse 2 millions de caractères ; collez l’article seul.',
  'article.file': 'Ou ouvrez une page enregistrée (.html, .txt)',
  'article.find': 'Trouver les chiffres',
  'article.noneFound': 'Aucun chiffre trouvé',
  'article.found': {
    one: '{count} chiffre trouvé : vérifiez-le',
    many: '{count} de chiffres trouvés : vérifiez chacun',
    other: '{count} chiffres trouvés : vérifiez chacun',
  },
  'article.noneFoundText':
    'Le moteur n’a trouvé dans ce texte aucun chiffre qu’il connaît. Vous pouvez tout de même enregistrer l’article comme source.',
  'article.whereFrom': 'D’où vient l’article',
  'article.save': {
    one: 'Enregistrer l’article et {count} chiffre',
    many: 'Enregistrer l’article et {count} de chiffres',
    other: 'Enregistrer l’article et {count} chiffres',
  },
  'article.saved': {
    one: '« {source} » enregistré avec {count} chiffre.',
    many: '« {source} » enregistré avec {count} de chiffres.',
    other: '« {source} » enregistré avec {count} chiffres.',
  },
  'article.readMarked': 'La lire avec ses chiffres marqués',
  'article.or': 'ou',
  'article.showClaims': 'afficher ses affirmations',

  'review.legend': 'Chiffre {number} : « {figure} »',
  'review.corrected': 'corrigé',
  'review.include': 'Enregistrer ce chiffre',
  'review.noMetric': 'Chiffre {number}, indicateur : choisissez ce que compte le chiffre.',
  'review.badValue': 'Chiffre {number}, valeur : saisissez un nombre supérieur ou égal à 0.',
  'review.noValue': 'Chiffre {number}, valeur : saisissez le nombre ou laissez ce chiffre de côté.',
  'review.badClaimant': 'Chiffre {number}, déclarant : choisissez-en un dans la liste.',

  'tabArticle.how':
    'Pour prendre directement l’article d’un onglet, affichez cet onglet, cliquez sur le bouton de Crosstally dans la barre d’outils du navigateur et choisissez « {button} » : cette section proposera alors d’utiliser son article. Ou sélectionnez-y le texte de l’article (Ctrl+A, Ctrl+C) et collez-le ci-dessous.',
  'tabArticle.use': 'Utiliser l’article de l’onglet d’où vous venez',
  'tabArticle.reading': 'Lecture de l’article dans cet onglet…',
  'tabArticle.took': '« {title} » pris dans l’onglet.',
  'tabArticle.tookArticle': 'Article pris dans l’onglet.',
  'tabArticle.unreachable':
    'Crosstally n’a pas pu joindre la page de cet onglet. Elle a peut-être été fermée ou a changé d’adresse, c’est une page où Crosstally ne fonctionne pas (seulement les pages http et https), ou elle était ouverte avant l’installation ou la mise à jour de Crosstally. Rechargez la page de l’article et réessayez, ou collez son texte ci-dessous.',
  'tabArticle.stopped':
    'La page de cet onglet n’est plus reliée à Crosstally (l’extension a été mise à jour ou rechargée). Rechargez la page de l’article et réessayez, ou collez son texte ci-dessous.',
  'tabArticle.failed':
    'Crosstally n’a pas pu lire l’article de cet onglet. Rechargez la page et réessayez, ou collez son texte ci-dessous.',
  'tabArticle.empty':
    'La page de cet onglet n’a aucun texte d’article que Crosstally puisse lire. Attendez la fin de son chargement et réessayez, ou collez le texte ci-dessous.',
  'tabArticle.tooLong':
    'L’article de cet onglet dépasse 2 millions de caractères, plus que ce que Crosstally conserve. Sélectionnez-y la partie voulue, copiez-la et collez-la ci-dessous.',

  'import.notice': '« {file} » importé : {summary}.',

  'packFile.tooLarge':
    'Ce fichier fait {size} ; les paquets d’affirmations sont lus jusqu’à {limit} (décompressés). Divisez-le en paquets plus petits.',
  'packFile.tooLargeUnpacked':
    'Décompressé, ce fichier dépasse {limit} ; les paquets d’affirmations sont lus jusqu’à {limit} (décompressés). Divisez-le en paquets plus petits.',
  'packFile.badGzip':
    'Ce fichier semble compressé avec gzip mais n’a pas pu être décompressé (il est peut-être tronqué).',
  'packFile.unreadable': 'Ce fichier n’a pas pu être lu.',
};
