/**
 * Short news-like samples per language, written for the benchmark (not taken from any outlet):
 * coverage with figures of every common kind, and look-alike news with the same vocabulary of
 * losses and numbers about other wars, sport and the economy.
 */
export interface LanguageSample {
  coverage: string;
  /** Background of a report, with no figure: real coverage holds about one figure per 600 characters. */
  background: string;
  other: string;
}

export const LANGUAGE_SAMPLES: Record<string, LanguageSample> = {
  ru: {
    background:
      'Конфликт вокруг Нагорного Карабаха длится уже несколько десятилетий. Переговоры при посредничестве Минской группы ОБСЕ не принесли результата, а стороны обвиняют друг друга в нарушении режима прекращения огня. Жители приграничных сел рассказывают, что уже давно привыкли к звукам артиллерии и живут в постоянной тревоге.',
    coverage:
      'Минобороны Армении заявило, что в Нагорном Карабахе сбиты два азербайджанских вертолета и 15 беспилотников.\n' +
      'По данным Баку, армянские силы потеряли более 200 военнослужащих и 22 танка.\n' +
      'В Гяндже погибли девять мирных жителей, еще 35 человек получили ранения.\n' +
      'Азербайджанская армия взяла под контроль семь сел, сообщил Ильхам Алиев.',
    other:
      'Силы ПВО Украины сбили 23 из 30 беспилотников, сообщили в воздушных силах.\n' +
      'Центральный банк повысил ключевую ставку до 16 процентов, третий раз за год.\n' +
      'Хозяева победили со счетом 3:1, матч посмотрели более 40 тысяч болельщиков.',
  },
  de: {
    background:
      'Der Konflikt um Berg-Karabach schwelt seit Jahrzehnten. Die Verhandlungen unter Vermittlung der Minsker Gruppe der OSZE blieben ohne Ergebnis, und beide Seiten werfen einander vor, die Waffenruhe gebrochen zu haben. Bewohner der Dörfer an der Front berichten, dass sie sich an das Geräusch der Artillerie gewöhnt haben und in ständiger Angst leben.',
    coverage:
      'Das armenische Verteidigungsministerium teilte mit, in Berg-Karabach seien zwei aserbaidschanische Hubschrauber abgeschossen worden.\n' +
      'Laut Baku wurden mehr als 200 armenische Soldaten getötet und 22 Panzer zerstört.\n' +
      'In Gandscha kamen neun Zivilisten ums Leben, 35 Menschen wurden verletzt.\n' +
      'Aserbaidschanische Truppen eroberten sieben Dörfer, sagte Präsident Alijew.',
    other:
      'Die ukrainische Luftabwehr schoss 23 von 30 Drohnen ab, teilte die Luftwaffe mit.\n' +
      'Die Zentralbank erhöhte den Leitzins um 50 Basispunkte auf 4,5 Prozent.\n' +
      'Die Gastgeber gewannen 3:1, mehr als 40.000 Fans sahen das Spiel im Stadion.',
  },
  fr: {
    background:
      "Le conflit du Haut-Karabakh dure depuis des décennies. Les négociations menées sous l'égide du groupe de Minsk de l'OSCE n'ont pas abouti, et chaque camp accuse l'autre de violer le cessez-le-feu. Les habitants des villages proches de la ligne de front racontent qu'ils se sont habitués au bruit de l'artillerie et vivent dans l'inquiétude.",
    coverage:
      'Le ministère arménien de la Défense a annoncé que deux hélicoptères azerbaïdjanais avaient été abattus au Haut-Karabakh.\n' +
      'Selon Bakou, plus de 200 soldats arméniens ont été tués et 22 chars détruits.\n' +
      'À Gandja, neuf civils ont été tués et 35 personnes blessées.\n' +
      'Les forces azerbaïdjanaises ont pris sept villages, a déclaré le président Aliev.',
    other:
      "La défense aérienne ukrainienne a abattu 23 des 30 drones lancés dans la nuit, selon l'armée de l'air.\n" +
      'La banque centrale a relevé son taux directeur de 50 points de base, à 4,5 %.\n' +
      "L'équipe locale s'est imposée 3-1 devant plus de 40 000 supporters au stade.",
  },
  it: {
    background:
      "Il conflitto del Nagorno-Karabakh dura da decenni. I negoziati mediati dal gruppo di Minsk dell'OSCE non hanno portato risultati, e le due parti si accusano a vicenda di violare il cessate il fuoco. Gli abitanti dei villaggi vicini alla linea del fronte raccontano di essersi abituati al rumore dell'artiglieria e di vivere nella paura.",
    coverage:
      'Il ministero della Difesa armeno ha dichiarato che due elicotteri azeri sono stati abbattuti nel Nagorno-Karabakh.\n' +
      'Secondo Baku, oltre 200 soldati armeni sono stati uccisi e 22 carri armati distrutti.\n' +
      'A Ganja sono morti nove civili e 35 persone sono rimaste ferite.\n' +
      'Le forze azere hanno conquistato sette villaggi, ha detto il presidente Aliyev.',
    other:
      "La contraerea ucraina ha abbattuto 23 dei 30 droni lanciati nella notte, ha riferito l'aeronautica.\n" +
      'La banca centrale ha alzato il tasso di riferimento di 50 punti base al 4,5 per cento.\n' +
      'I padroni di casa hanno vinto 3-1 davanti a oltre 40.000 tifosi allo stadio.',
  },
  tr: {
    background:
      "Dağlık Karabağ sorunu on yıllardır çözümsüz kalıyor. AGİT Minsk Grubu'nun arabuluculuğunda yürütülen müzakereler sonuç vermedi ve taraflar birbirini ateşkesi ihlal etmekle suçluyor. Cephe hattına yakın köylerde yaşayanlar, topçu seslerine alıştıklarını ve sürekli bir kaygı içinde yaşadıklarını anlatıyor.",
    coverage:
      "Ermenistan Savunma Bakanlığı, Dağlık Karabağ'da iki Azerbaycan helikopterinin düşürüldüğünü açıkladı.\n" +
      "Bakü'ye göre 200'den fazla Ermeni asker öldürüldü ve 22 tank imha edildi.\n" +
      "Gence'de dokuz sivil hayatını kaybetti, 35 kişi yaralandı.\n" +
      'Azerbaycan ordusu yedi köyü kurtardı, dedi Cumhurbaşkanı Aliyev.',
    other:
      'Ukrayna hava savunması gece fırlatılan 30 insansız hava aracından 23ünü düşürdü.\n' +
      'Merkez bankası politika faizini 50 baz puan artırarak yüzde 45e çıkardı.\n' +
      "Ev sahibi ekip 40.000'den fazla taraftarın önünde 3-1 kazandı.",
  },
  az: {
    background:
      'Dağlıq Qarabağ münaqişəsi onilliklərdir davam edir. ATƏT-in Minsk qrupunun vasitəçiliyi ilə aparılan danışıqlar nəticə verməyib və tərəflər bir-birini atəşkəsi pozmaqda ittiham edir. Cəbhə xəttinə yaxın kəndlərin sakinləri artilleriya səslərinə alışdıqlarını və daim narahatlıq içində yaşadıqlarını deyirlər.',
    coverage:
      'Azərbaycan Müdafiə Nazirliyi bildirib ki, Qarabağda düşmənin iki helikopteri vurulub.\n' +
      'Nazirliyin məlumatına görə, 200-dən çox erməni hərbçisi məhv edilib və 22 tank sıradan çıxarılıb.\n' +
      'Gəncədə doqquz mülki şəxs həlak olub, 35 nəfər yaralanıb.\n' +
      'Azərbaycan Ordusu yeddi kəndi işğaldan azad edib, Prezident İlham Əliyev bildirib.',
    other:
      'Ukrayna hava hücumundan müdafiə qüvvələri gecə buraxılan 30 pilotsuz uçuş aparatından 23-nü vurub.\n' +
      'Mərkəzi Bank uçot dərəcəsini 50 baza bəndi artıraraq 4,5 faizə çatdırıb.\n' +
      'Ev sahibləri 40 mindən çox azarkeşin qarşısında 3:1 hesabı ilə qalib gəlib.',
  },
  hy: {
    background:
      'Լեռնային Ղարաբաղի հակամարտությունը շարունակվում է տասնամյակներ։ ԵԱՀԿ Մինսկի խմբի միջնորդությամբ բանակցությունները արդյունք չեն տվել, և կողմերը միմյանց մեղադրում են հրադադարի խախտման մեջ։ Առաջնագծին մոտ գյուղերի բնակիչները պատմում են, որ սովորել են հրետանու ձայներին և ապրում են մշտական անհանգստության մեջ։',
    coverage:
      'Հայաստանի պաշտպանության նախարարությունը հայտնել է, որ Արցախում խոցվել է ադրբեջանական երկու ուղղաթիռ։\n' +
      'Ըստ Բաքվի՝ զոհվել է ավելի քան 200 հայ զինծառայող, ոչնչացվել է 22 տանկ։\n' +
      'Ստեփանակերտում զոհվել է ինը խաղաղ բնակիչ, վիրավորվել է 35 մարդ։\n' +
      'Ադրբեջանական զորքերը գրավել են յոթ գյուղ, հայտարարել է Ալիևը։',
    other:
      'Ուկրաինայի հակաօդային պաշտպանությունը գիշերը խոցել է 30 անօդաչուից 23-ը։\n' +
      'Կենտրոնական բանկը վերաֆինանսավորման տոկոսադրույքը բարձրացրել է 4,5 տոկոսի։\n' +
      'Տանտերերը հաղթել են 3:1 հաշվով, խաղը դիտել է ավելի քան 40 հազար երկրպագու։',
  },
};
