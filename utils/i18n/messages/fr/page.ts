/** The in-page words: manifest, menu, labels, overlay, check, popup, reader (fr). */
import type { CatalogPart } from '../en';
import type { page as english } from '../en/page';

export const page: CatalogPart<typeof english> = {
  'manifest.name': 'Crosstally',
  'manifest.locale': 'fr',
  'manifest.description':
    'Signale les chiffres sur le Haut-Karabakh dans l’actualité et montre comment d’autres médias les ont rapportés. Hors ligne.',
  'manifest.checkCommand': 'Vérifier le chiffre sélectionné',

  'menu.check': 'Vérifier ce chiffre',

  'qualifier.exact': 'exactement',
  'qualifier.at_least': 'au moins',
  'qualifier.more_than': 'plus de',
  'qualifier.about': 'environ',
  'qualifier.up_to': 'jusqu’à',
  'qualifier.vague': 'vague (« des dizaines », sans nombre)',

  'side.AZ.adjective': 'azerbaïdjanaises',
  'side.ARM.adjective': 'arméniennes',
  'side.AZ.losses': 'Pertes azerbaïdjanaises',
  'side.ARM.losses': 'Pertes arméniennes',
  'side.notKnown': 'Inconnu',

  'title.withSide': '{metric} (pertes {side})',
  'title.withPeriod': '{counted}, {period}',

  'party.ARM': 'Arménie',
  'party.NK': 'Arméniens du Karabakh',
  'party.AZ': 'Azerbaïdjan',
  'party.other': 'tierce partie',
  'party.NK.short': 'Karabakh',

  'period.soFar': 'à ce jour, jusqu’au {end}',
  'period.unknown': 'Période inconnue',
  'period.readsAs': 'Se lit : {period}.',
  'period.hint':
    'un jour (2020-09-27), un mois (2016-04), une année ou un intervalle (2020-09-27/2020-10-10, 1988/1994) ; vide si inconnue.',
  'period.write': 'Indiquez {hint}',

  'agreement.same': 'concorde',
  'agreement.compatible': 'compatible',
  'agreement.differs': 'diffère',
  'agreement.unknown': 'non comparable',

  'value.unstated': 'un nombre non précisé',
  'value.vague': 'vague',
  'value.at_least': 'au moins {number}',
  'value.more_than': 'plus de {number}',
  'value.about': 'environ {number}',
  'value.up_to': 'jusqu’à {number}',

  'summary.figures': { one: '{count} chiffre', many: '{count} chiffres', other: '{count} chiffres' },
  'summary.claimants': { one: '{count} déclarant', many: '{count} déclarants', other: '{count} déclarants' },
  'summary.reports': { one: '{count} mention', many: '{count} mentions', other: '{count} mentions' },
  'summary.line': '{figures} dans {reports}',
  'summary.lineWithClaimants': '{figures} de {claimants} dans {reports}',
  'summary.values': '{summary} : {values}',

  'overlay.otherReports': 'Autres mentions de ce chiffre',
  'overlay.close': 'Fermer',
  'overlay.loading': 'Recherche d’autres mentions…',
  'overlay.error': 'Impossible de rechercher d’autres mentions : {message}',
  'overlay.noReports': 'Aucune autre mention de ce chiffre dans votre base pour l’instant',
  'overlay.thisPage': 'Cette page :',
  'overlay.claimedBy': ', selon ',
  'overlay.noClaimant': 'aucun déclarant nommé',
  'overlay.periodUnknown':
    'La période du chiffre de cette page est inconnue ; aucune mention n’est donc indiquée comme concordante ou divergente.',
  'overlay.fromPack': ' · du paquet : {pack}',
  'overlay.changed':
    'Cette page indiquait {saved} quand vous l’avez enregistrée ; elle indique maintenant {now}.',

  'tally.heading': 'Totaux cumulés dans le temps',
  'tally.chartLabel': 'Totaux cumulés : {metric}, par déclarant',
  'tally.caption': 'Total cumulé de chaque déclarant : {metric}',
  'tally.claimant': 'Déclarant',
  'tally.to': 'Jusqu’au',
  'tally.tally': 'Total',
  'tally.thisPageRow': 'Cette page ({claimant})',
  'tally.noClaimant': 'Aucun déclarant nommé',
  'tally.point': '{claimant} : {value} au {date}',
  'tally.pagePoint': 'Cette page : {value} au {date}',

  'read.on': 'Lu le {day}',
  'read.said': 'Indiquait : {values}',
  'read.valueOn': '{value} le {day}',
  'read.remove': 'Retirer',
  'read.removeLabel': 'Retirer ce chiffre de {outlet} de votre journal de lecture',
  'read.correct': 'Corriger',
  'read.correctLabel': 'Corriger ce chiffre de {outlet}',
  'read.corrected': 'Corrigé. La correction reste quand vous relisez la page.',
  'read.correctValue': 'Chiffre exact',
  'read.sideAsRead': 'Tel que lu',
  'read.sideNotSaid': 'Non précisé',
  'read.saveCorrection': 'Enregistrer la correction',
  'read.badValue': 'Chiffre exact : saisissez un nombre entier supérieur ou égal à 0.',

  'ledgerChoice.kept':
    'Crosstally conserve désormais les chiffres des pages sur le conflit que vous lisez, sur cet ordinateur uniquement.',
  'ledgerChoice.notKept': 'Crosstally ne conservera pas les chiffres des pages que vous lisez.',
  'ledgerChoice.changeLater':
    'Vous pouvez changer cela dans la fenêtre de la barre d’outils ou dans le gestionnaire.',
  'ledgerChoice.label': 'Journal de lecture',
  'ledgerChoice.question':
    'Conserver les chiffres des pages sur le conflit que vous lisez, sur cet ordinateur uniquement ? Les pages suivantes montreront alors comment les médias que vous lisez les ont rapportés. Rien ne quitte votre navigateur.',
  'ledgerChoice.failed': 'Votre choix n’a pas pu être enregistré. Réessayez.',
  'ledgerChoice.keep': 'Les conserver',
  'ledgerChoice.notNow': 'Pas maintenant',

  'check.noMetric': 'Crosstally ne reconnaît pas ce que compte ce nombre.',
  'check.pickMetric': 'Choisissez ce qu’il compte pour voir les mentions.',
  'check.reading': 'Lecture du chiffre…',
  'check.whatCounts': 'Que compte ce nombre ?',
  'check.title': 'Vérifier ce chiffre',
  'check.choices': 'Chiffres de la sélection',
  'check.candidates': 'Candidats les plus proches',
  'check.valueStored': '{value} en base',
  'check.sameNoun': 'même nom',
  'check.near': '{metric} : {why}',
  'check.numberCounts': 'Que compte le nombre ?',
  'check.choose': 'Choisir…',
  'check.noSelection':
    'Sélectionnez sur la page un chiffre et sa phrase, puis choisissez de nouveau « Vérifier ce chiffre ».',
  'check.frame':
    'Crosstally ne peut pas lire une sélection dans un cadre intégré. Ouvrez la page du cadre dans un onglet à part.',
  'check.password': 'Crosstally ne lit pas les champs de mot de passe.',
  'check.noNumber':
    'Cette sélection ne contient aucun nombre. Sélectionnez un chiffre (un nombre et ce qu’il compte) avec sa phrase.',
  'check.field':
    'Le texte d’un champ de formulaire ne fait pas partie de la page : il ne peut pas être enregistré comme affirmation de cette page.',
  'check.editable':
    'Le texte d’une zone modifiable ne fait pas partie de la page publiée : il ne peut pas être enregistré comme son affirmation.',
  'check.fixField': 'Un champ doit être corrigé avant l’enregistrement.',
  'check.tooLong': {
    one: 'Sélectionnez un chiffre et sa phrase ; cette sélection compte {count} caractère.',
    many: 'Sélectionnez un chiffre et sa phrase ; cette sélection compte {count} caractères.',
    other: 'Sélectionnez un chiffre et sa phrase ; cette sélection compte {count} caractères.',
  },
  'check.failed': 'Impossible de vérifier ce chiffre : {message}',
  'check.notOnPage':
    'Crosstally n’a pas trouvé cette sélection dans le texte de la page ; elle ne peut donc pas être enregistrée.',
  'check.cannotCheck':
    'Crosstally ne peut pas vérifier de chiffres sur cette page : il n’y fonctionne pas. Si la page était ouverte avant l’installation ou la mise à jour de Crosstally, rechargez-la.',

  'popup.title': 'Crosstally',
  'popup.loading': 'Vérification de la page…',
  'popup.unsupported':
    'Crosstally ne fonctionne pas sur cette page. S’il s’agit d’une page web ouverte avant l’installation ou la mise à jour de Crosstally, rechargez-la.',
  'popup.disabled': 'Le marquage est désactivé sur {site}.',
  'popup.notCoverage': 'Pas un article sur le Haut-Karabakh (score {score}) : rien n’est marqué.',
  'popup.coverage': {
    one: 'Article sur le Haut-Karabakh : {count} chiffre avec des mentions dans votre base.',
    many: 'Article sur le Haut-Karabakh : {count} chiffres avec des mentions dans votre base.',
    other: 'Article sur le Haut-Karabakh : {count} chiffres avec des mentions dans votre base.',
  },
  'popup.stopped':
    'La page est plus longue que ce que lit Crosstally : le marquage s’est arrêté après ses {chars} premiers caractères.',
  'popup.why': 'Pourquoi : {evidence}',
  'popup.cueIn': '{cue} ({where})',
  'popup.where.title': 'dans le titre de la page',
  'popup.where.url': 'dans l’adresse',
  'popup.against': 'contre : {cues}',
  'popup.noFigures': 'Aucun chiffre avec des mentions sur cette page.',
  'popup.figuresLabel': 'Chiffres de cette page',
  'popup.reportCount': { one: '{count} mention', many: '{count} mentions', other: '{count} mentions' },
  'popup.notFoundTitle': 'Enregistré depuis cette page, introuvable maintenant',
  'popup.notFound': '{metric} : introuvable sur cette page',
  'popup.markOn': 'Marquer les chiffres sur {site}',
  'popup.openManager': 'Ouvrir le gestionnaire',
  'popup.ledgerTitle': 'Journal de lecture',
  'popup.ledgerPrivate': 'Fenêtre privée : rien de cette page n’est conservé.',
  'popup.ledgerExcluded': 'Les pages de {site} ne sont pas conservées dans votre journal.',
  'popup.ledgerIn': {
    one: '{count} chiffre de cette page est dans votre journal.',
    many: '{count} chiffres de cette page sont dans votre journal.',
    other: '{count} chiffres de cette page sont dans votre journal.',
  },
  'popup.ledgerNoFigures': 'Cette page n’a aucun chiffre à conserver.',
  'popup.ledgerInStore': 'Cet article est déjà dans votre base.',
  'popup.ledgerNothing': 'Rien de cette page n’est dans votre journal.',
  'popup.ledgerSave': 'Enregistrer les chiffres de cette page',
  'popup.ledgerSaving': 'Enregistrement…',
  'popup.ledgerConsent':
    'Conserver les chiffres des pages sur le conflit que je lis (sur cet ordinateur uniquement)',
  'popup.ledgerKeepSite': 'Conserver les pages de {site}',
  'popup.ledgerSaveFailed': 'Cette page n’a pas pu être enregistrée. Rechargez-la et réessayez.',

  'reader.opening': 'Ouverture du document…',
  'reader.title': 'Lecteur Crosstally',
  'reader.pageTitle': '{document} – lecteur Crosstally',
  'reader.noDocument': 'Aucun document n’est indiqué dans cette adresse.',
  'reader.kicker': 'Document enregistré',
  'reader.outlet': 'Média : {outlet}',
  'reader.outletNotNamed': 'non nommé',
  'reader.published': ' · publié le {date}',
  'reader.language': ' · langue : {language}',
  'reader.highlighted': 'En surbrillance : {figure}, selon ',
  'reader.figure': '{what} : {value}',
  'reader.missing': 'Le texte de ce document n’est pas dans votre base.',
  'reader.figures': 'Chiffres enregistrés depuis ce document',

  'origin.seed': 'jeu initial',
  'origin.user': 'ajoutée par vous',
  'origin.import': 'importée',
  'origin.read': 'des pages lues',
};
