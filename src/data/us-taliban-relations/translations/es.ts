import type { Translation } from "../../../domain/schema";

/** The default dataset's reading layer in Spanish (es). */
export const es: Translation = {
  title: "Relaciones entre Estados Unidos y los talibanes, 2020-2026",
  description:
    "Del Acuerdo de Doha de 2020, pasando por la retirada de 2021 y el puente aéreo de Kabul, hasta los estadounidenses liberados en 2025 y el empeño de los talibanes por obtener el reconocimiento de Estados Unidos, con lo que ha supuesto el gobierno de los talibanes para las mujeres y niñas afganas y para los afganos que huyeron. Basado en un artículo de prensa y contrastado con el registro público: donde ambos difieren, los acontecimientos siguen el registro y lo indican en sus notas, y cuentan cómo los vio cada parte.",
  tracks: {
    diplomacy: {
      label: "Diplomacia y reconocimiento",
      description: "Acuerdos, conversaciones y peticiones de los talibanes para que Washington los reconozca.",
    },
    military: {
      label: "Asuntos militares y retirada",
      description:
        "La retirada de las tropas de Estados Unidos, la caída de Kabul, el puente aéreo, y los ataques y las bases de Estados Unidos desde entonces.",
    },
    detainees: {
      label: "Detenidos y rehenes",
      description: "Estadounidenses retenidos en Afganistán, la negociación sobre ellos y su liberación.",
    },
    sanctions: {
      label: "Sanciones y designaciones",
      description:
        "Designaciones terroristas, recompensas por información, las reservas congeladas del banco central de Afganistán y otras presiones de Estados Unidos.",
    },
    international: {
      label: "Reconocimiento internacional",
      description: "Cómo han tratado otros gobiernos, de China a Rusia, con el gobierno de los talibanes.",
    },
    rights: {
      label: "Derechos y personas",
      description:
        "La educación y el trabajo de mujeres y niñas, los civiles muertos y los afganos que huyeron: refugiados y afganos en Estados Unidos.",
    },
  },
  actors: {
    "united-states": { label: "Estados Unidos" },
    taliban: { label: "Los talibanes" },
    "afghan-republic": { label: "República Islámica de Afganistán (gobierno respaldado por Occidente)" },
    qatar: { label: "Catar" },
    china: { label: "China" },
    uae: { label: "Emiratos Árabes Unidos" },
    russia: { label: "Rusia" },
    pakistan: { label: "Pakistán" },
    "isis-k": { label: "Estado Islámico-Jorasán (ISIS-K)" },
    "haqqani-network": { label: "Red Haqqani" },
    nato: { label: "OTAN" },
    "united-nations": { label: "Naciones Unidas" },
    "donald-trump": { label: "Donald Trump" },
    "joe-biden": { label: "Joe Biden" },
    "mike-pompeo": { label: "Mike Pompeo" },
    "antony-blinken": { label: "Antony Blinken" },
    "marco-rubio": { label: "Marco Rubio" },
    "zalmay-khalilzad": { label: "Zalmay Khalilzad" },
    "adam-boehler": { label: "Adam Boehler" },
    "roger-carstens": { label: "Roger Carstens" },
    "kenneth-mckenzie": { label: "General Kenneth McKenzie" },
    "chris-donahue": { label: "General de división Chris Donahue" },
    "ashraf-ghani": { label: "Ashraf Ghani" },
    "abdul-ghani-baradar": { label: "Abdul Ghani Baradar" },
    "amir-khan-muttaqi": { label: "Amir Khan Muttaqi" },
    "sirajuddin-haqqani": { label: "Sirajuddin Haqqani" },
    "zabihullah-mujahid": { label: "Zabihullah Mujahid" },
    "george-glezmann": { label: "George Glezmann" },
    "ryan-corbett": { label: "Ryan Corbett" },
    "william-mckenty": { label: "William McKenty" },
    "mahmood-habibi": { label: "Mahmood Habibi" },
    "faye-hall": { label: "Faye Hall" },
    "amir-amiri": { label: "Amir Amiri" },
    "christopher-miller": { label: "Christopher Miller" },
    "abdullah-abdullah": { label: "Abdulá Abdulá" },
    "human-rights-watch": { label: "Human Rights Watch" },
    "lloyd-austin": { label: "Lloyd Austin" },
    "ross-wilson": { label: "Ross Wilson" },
    "mohammad-sharifullah": { label: "Mohammad Sharifullah («Jafar»)" },
    "ahmadi-family": { label: "Familia de Zemari Ahmadi (víctimas del ataque con dron del 29 de agosto de 2021)" },
    "amnesty-international": { label: "Amnistía Internacional" },
    "abbey-gate-families": { label: "Familias de los militares estadounidenses muertos en la puerta Abbey" },
    "mohammad-hassan-akhund": { label: "Mohammad Hassan Akhund" },
    "suhail-shaheen": { label: "Suhail Shaheen" },
    "hamid-karzai": { label: "Hamid Karzai (expresidente afgano)" },
    "ajmal-ahmady": { label: "Ajmal Ahmady, exgobernador interino del Da Afghanistan Bank (banco central afgano)" },
    "mohammed-bin-abdulrahman-al-thani": { label: "Mohamed bin Abdulrahman al Thani" },
    "da-afghanistan-bank": { label: "Da Afghanistan Bank (banco central afgano)" },
    switzerland: { label: "Suiza" },
    "afghan-women-activists": { label: "Activistas afganas por los derechos de las mujeres" },
    "afghan-civil-society": { label: "Sociedad civil afgana" },
    "september-11-families": { label: "Familias de las víctimas del 11-S" },
    hias: { label: "HIAS (agencia de reasentamiento de refugiados de Estados Unidos)" },
    unama: { label: "UNAMA (Misión de Asistencia de la ONU en Afganistán)" },
    "un-human-rights": { label: "Oficina de Derechos Humanos de la ONU (Alto Comisionado para los Derechos Humanos)" },
    icc: { label: "Corte Penal Internacional" },
    "haibatullah-akhundzada": { label: "Hibatullah Akhundzada" },
    "richard-bennett": { label: "Richard Bennett (relator especial de Naciones Unidas sobre Afganistán)" },
    "roza-otunbayeva": { label: "Roza Otunbáyeva" },
    "aid-groups": {
      label:
        "Organizaciones humanitarias internacionales (Save the Children, Consejo Noruego para los Refugiados, CARE, Comité Internacional de Rescate)",
    },
    "ayman-al-zawahiri": { label: "Ayman al Zawahiri" },
    "al-qaeda": { label: "Al Qaeda" },
    "mark-frerichs": { label: "Mark Frerichs" },
    "bashir-noorzai": { label: "Bashir Noorzai" },
    "khan-mohammed": { label: "Khan Mohammed" },
    "muhammad-rahim-al-afghani": { label: "Muhammad Rahim al Afgani" },
    "afghans-in-the-us": { label: "Afganos en Estados Unidos" },
    afghanevac: { label: "Coalición #AfghanEvac" },
    "kristi-noem": { label: "Kristi Noem" },
    unhcr: { label: "ACNUR (Agencia de la ONU para los Refugiados)" },
    "afghan-women": { label: "Mujeres y niñas afganas" },
    // Speakers added by each era's events.
    "taranom-saeedi": {
      label: "Taranom Saeedi (activista afgana por los derechos de las mujeres y de la sociedad civil)",
    },
    "fatima-safari": { label: "Fatima Safari (residente en Kabul)" },
    "mahdi-mosawi": { label: "Mahdi Mosawi (librero de Kabul)" },
    "ali-latifi": { label: "Ali Latifi (periodista afgano)" },
    "aisha-khurram": {
      label: "Aisha Khurram (estudiante de la Universidad de Kabul y defensora de los derechos humanos)",
    },
    "samia-ahmadi": {
      label: "Samia Ahmadi (hija de Zemari Ahmadi, muerto en el ataque con dron del 29 de agosto de 2021)",
    },
    "romal-ahmadi": {
      label: "Romal Ahmadi (hermano de Zemari Ahmadi, muerto en el ataque con dron del 29 de agosto de 2021)",
    },
    "afghan-womens-rights-advocate-refugee": {
      label:
        "Una defensora afgana de los derechos de las mujeres que fue evacuada con su familia en 2021 (Human Rights First no reveló su nombre)",
    },
    "afghan-interpreter-khan": {
      label:
        "Khan (afgano que trabajó en un proyecto del Pentágono de Estados Unidos, a la espera de una visa especial de inmigrante; NPR lo identificó solo por su segundo nombre)",
    },
    "haseeb-kamal": { label: "Haseeb Kamal (evacuado afgano sacado de Kabul en avión en agosto de 2021)" },
    "fort-mccoy-evacuee-abdul": {
      label:
        "Abdul (evacuado afgano en Fort McCoy que había trabajado con las fuerzas de seguridad afganas; Al Yazira no dio su nombre completo)",
    },
    "mir-asadullah-kohistani": {
      label: "General Mir Asadullah Kohistani (comandante afgano de la base aérea de Bagram)",
    },
    "lolwah-al-khater": {
      label: "Lolwah al Khater (ministra adjunta de Exteriores de Catar y portavoz del Ministerio de Exteriores)",
    },
    "bob-menendez": {
      label: "Senador Bob Menendez (demócrata, presidente del Comité de Relaciones Exteriores del Senado)",
    },
    "shana-chappell": {
      label:
        "Shana Chappell (madre del cabo primero de la Infantería de Marina Kareem Nikoui, muerto en la puerta Abbey)",
    },
    "john-kirby": { label: "John Kirby (secretario de prensa del Pentágono)" },
    "russ-travers": { label: "Russ Travers (asesor adjunto de seguridad interior, Consejo de Seguridad Nacional)" },
    "william-burns": { label: "William Burns (director de la CIA)" },
    "inamullah-samangani": { label: "Inamullah Samangani (portavoz adjunto de los talibanes)" },
    "deborah-lyons": { label: "Deborah Lyons (enviada especial de Naciones Unidas para Afganistán)" },
    "stephane-dujarric": { label: "Stéphane Dujarric (portavoz de Naciones Unidas)" },
    "antonio-guterres": { label: "António Guterres (secretario general de Naciones Unidas)" },
    "diba-farahmand": { label: "Diba Farahmand (activista afgana por los derechos de las mujeres)" },
    "masooma-rasooli": { label: "Masooma Rasooli (manifestante en Kabul contra el gabinete formado solo por hombres)" },
    "abdul-farid-ahmad": { label: "Abdul Farid Ahmad (periodista afgano, subdirector de operaciones de TOLOnews)" },
    "emal-ahmadi": {
      label: "Emal Ahmadi (su hija Malika y su hermano Zemari murieron en el ataque con dron del 29 de agosto de 2021)",
    },
    "mahbouba-seraj": {
      label:
        "Mahbouba Seraj (activista afgana por los derechos de las mujeres, Afghan Women Skills Development Center)",
    },
    "mohammad-naeem": { label: "Mohammad Naeem (portavoz de la oficina política de los talibanes en Catar)" },
    "abdul-rahman-kabul-activist": {
      label:
        "Abdul Rahman (activista de la sociedad civil afgana que organizó una protesta en Kabul por las reservas congeladas)",
    },
    "brett-eagleson": {
      label:
        "Brett Eagleson (hijo de Bruce Eagleson, muerto en el World Trade Center en los atentados del 11 de septiembre (11-S))",
    },
    "terry-strada": {
      label: "Terry Strada (9/11 Families United; su esposo, Tom, murió en el World Trade Center)",
    },
    "safa-kabul-student-2022": { label: "Safa (estudiante de noveno grado en Kabul)" },
    "halima-nasari": { label: "Halima Nasari (activista afgana por los derechos de las mujeres en Kabul)" },
    "michael-mccaul": {
      label:
        "Congresista Michael McCaul (principal republicano del Comité de Asuntos Exteriores de la Cámara de Representantes)",
    },
    "hamdullah-fitrat": { label: "Hamdullah Fitrat (portavoz adjunto de los talibanes)" },
    "neda-mohammad-nadeem": {
      label: "Neda Mohammad Nadeem (titular del Ministerio de Educación Superior de los talibanes)",
    },
    "maryam-political-science-student": {
      label: "Maryam (estudiante de ciencias políticas de 23 años; Al Yazira no reveló su nombre completo)",
    },
    "wurranga-arif": { label: "Wurranga Arif (estudiante de ingeniería civil de 18 años en Kabul)" },
    "zohra-madadi": {
      label:
        "Zohra Madadi (19 años, superviviente del ataque contra el centro educativo Kaaj, admitida para estudiar Medicina)",
    },
    "saeeda-husaini-sadaat": {
      label: "Saeeda Husaini Sadaat (superviviente del ataque contra el centro educativo Kaaj)",
    },
    "maliha-niazai": { label: "Maliha Niazai (formadora de la ONG Y-Peer Afganistán, en Kabul)" },
    "marzia-un-aid-worker-2023": {
      label:
        "Marzia (nombre cambiado por Zan Times: una afgana que trabaja para Naciones Unidas en una provincia del centro del país)",
    },
    "julia-parsi": { label: "Julia Parsi (manifestante afgana por los derechos de las mujeres en Kabul)" },
    "coalition-of-afghan-womens-protest-movements": {
      label: "Coalición de Movimientos de Protesta de Mujeres Afganas",
    },
    "purple-saturdays-movement": {
      label: "Sábados Morados (Purple Saturdays), movimiento de protesta de mujeres afganas",
    },
    "shah-gul-rezaie": {
      label:
        "Shah Gul Rezaie (exdiputada afgana, participante de la sociedad civil en la reunión de Doha de febrero de 2024)",
    },
    "habiba-sarabi": {
      label:
        "Habiba Sarabi (activista afgana por los derechos de las mujeres, exintegrante del equipo negociador de la República Islámica de Afganistán)",
    },
    "zubaida-akbar": { label: "Zubaida Akbar (activista afgana de derechos humanos)" },
    "maryam-maroof-arwin": { label: "Maryam Maroof Arwin (activista afgana por los derechos de las mujeres)" },
    "masouda-bamiyan-2024": {
      label: "Masouda (nombre cambiado por Rukhshana Media: una comerciante de 25 años de Bamiyán)",
    },
    "rosemary-dicarlo": {
      label:
        "Rosemary DiCarlo (secretaria general adjunta de Naciones Unidas para Asuntos Políticos y de Consolidación de la Paz)",
    },
    "tirana-hassan": { label: "Tirana Hassan (directora ejecutiva de Human Rights Watch)" },
    "thomas-west": { label: "Thomas West (enviado especial de Estados Unidos para Afganistán)" },
    "rina-amiri": {
      label: "Rina Amiri (enviada especial de Estados Unidos para las mujeres y niñas afganas y los derechos humanos)",
    },
    "matthew-miller": { label: "Matthew Miller (portavoz del Departamento de Estado de Estados Unidos)" },
    "darin-hoover": {
      label: "Darin Hoover (padre del sargento primero Darin Taylor Hoover, muerto en la puerta Abbey)",
    },
    "sean-savett": { label: "Sean Savett (portavoz del Consejo de Seguridad Nacional de la Casa Blanca)" },
    "abdul-qahar-balkhi": { label: "Abdul Qahar Balkhi (portavoz del Ministerio de Exteriores de los talibanes)" },
    "hadisa-bibi": {
      label:
        "Hadisa Bibi (defensora de los derechos de las mujeres y exestudiante universitaria en Kabul, que espera en Pakistán su reasentamiento en Estados Unidos)",
    },
    "mohammed-al-khulaifi": {
      label: "Mohamed al Khulaifi (ministro de Estado del Ministerio de Exteriores de Catar)",
    },
    "fawzia-koofi": {
      label: "Fawzia Koofi (defensora afgana de los derechos de las mujeres, exdiputada)",
    },
    "moeen-gul-samkanai": { label: "Moeen Gul Samkanai (analista político residente en Kabul)" },
    "zakir-jalaly": { label: "Zakir Jalaly (funcionario del Ministerio de Exteriores de los talibanes)" },
    "shaharzad-akbar": {
      label:
        "Shaharzad Akbar (directora de la organización afgana de derechos humanos Rawadari y expresidenta de la Comisión Independiente de Derechos Humanos de Afganistán)",
    },
    "afghan-journalists-in-exile": {
      label: "Periodistas Afganos en el Exilio (grupo de reporteros afganos exiliados)",
    },
    "zamir-kabulov": { label: "Zamir Kabúlov (enviado especial del presidente de Rusia para Afganistán)" },
    "z-afghan-nurse-tps": {
      label:
        "Z. (auxiliar de enfermería afgana en Estados Unidos con Estatus de Protección Temporal; NPR solo la identificó por su inicial)",
    },
    "mehria-afghan-refugee-applicant": {
      label: "Mehria (afgana de 23 años que espera en Pakistán desde 2022 una visa de refugiada para Estados Unidos)",
    },
    "afghan-american-foundation": {
      label: "Afghan-American Foundation (fundación de la diáspora afgana), organización de incidencia",
    },
    "afghan-usrap-refugees": {
      label:
        "Afghan USRAP Refugees (grupo de afganos a la espera de reasentamiento): afganos en Pakistán que esperan ser reasentados como refugiados en Estados Unidos",
    },
    "shelley-moore-capito": {
      label: "Shelley Moore Capito (senadora republicana de Estados Unidos por Virginia Occidental)",
    },
    "ahmad-habibi": { label: "Ahmad Habibi (hermano del estadounidense detenido Mahmood Habibi)" },
    "fasihuddin-fitrat": { label: "Fasihuddin Fitrat (jefe del Estado Mayor del ejército de los talibanes)" },
    "ahmad-samim-naimi": {
      label:
        "Ahmad Samim Naimi (expresentador de televisión afgano y exasesor de prensa del gobierno, que espera en Pakistán su reasentamiento en Estados Unidos)",
    },
    "imran-khan-interpreter": {
      label:
        "Imran Khan (exintérprete del Ejército de Estados Unidos originario de Afganistán, reasentado en Albany, Nueva York, con una visa especial de inmigrante)",
    },
    "yousaf-sherzad": {
      label: "Yousaf Sherzad (presidente del Afghan American Community Center, región de la capital de Nueva York)",
    },
    "jason-crow": {
      label: "Jason Crow (congresista demócrata de Estados Unidos por Colorado, veterano de Afganistán)",
    },
    "fouzia-azizi": {
      label:
        "Fouzia Azizi (directora de servicios para refugiados de JFCS East Bay, en California, nacida en Afganistán)",
    },
  },
  periods: {
    "trump-first-term": { label: "Primer mandato de Donald Trump" },
    "biden-administration": { label: "Gobierno de Joe Biden" },
    "trump-second-term": { label: "Segundo mandato de Donald Trump" },
  },
  presets: {
    withdrawal: { label: "La retirada" },
    "august-2021": { label: "Agosto de 2021" },
    "talks-2025": { label: "Las conversaciones de 2025" },
  },
  events: {
    // events-2020-2021.ts
    "doha-agreement": {
      title: "Estados Unidos y los talibanes firman el Acuerdo de Doha",
      shortTitle: "Firmado el Acuerdo de Doha",
      summary:
        "En Doha, el enviado especial de Estados Unidos Zalmay Khalilzad y el jefe político de los talibanes, Abdul Ghani Baradar, firmaron un acuerdo según el cual todos los soldados de Estados Unidos y de sus aliados debían haber salido de Afganistán en un plazo de 14 meses, siempre que los talibanes cumplieran su parte del trato.",
    },
    "trump-baradar-call": {
      title: "Donald Trump y el líder de los talibanes Abdul Ghani Baradar hablan por teléfono",
      shortTitle: "Llamada Trump-Baradar",
      summary:
        "Tres días después de la firma en Doha, el presidente Donald Trump habló por teléfono con el jefe político de los talibanes, Abdul Ghani Baradar, en lo que se creía que era la primera conversación directa entre un presidente de Estados Unidos y un líder talibán.",
    },
    "loya-jirga-prisoners": {
      title: "La Loya Yirga aprueba la liberación de los últimos 400 presos talibanes",
      shortTitle: "Loya Yirga: 400 talibanes libres",
      summary:
        "Una gran asamblea de unos 3.200 ancianos, líderes comunitarios y políticos afganos, convocada por el presidente Ashraf Ghani, aprobó la liberación de 400 presos talibanes acusados de delitos graves, el último obstáculo que los talibanes habían puesto para que pudieran empezar las conversaciones con el gobierno afgano.",
    },
    "intra-afghan-talks": {
      title: "El gobierno afgano y los talibanes abren conversaciones en Doha",
      shortTitle: "Negociaciones intraafganas",
      summary:
        "Los negociadores del gobierno afgano respaldado por Occidente y de los talibanes abrieron en Doha, con una ceremonia, sus negociaciones formales, largamente aplazadas, el siguiente paso previsto en el Acuerdo de Doha entre Estados Unidos y los talibanes; el secretario de Estado, Mike Pompeo, asistió a la apertura.",
    },
    "miller-drawdown": {
      title: "El Pentágono ordena reducir a 2.500 los soldados en Afganistán",
      shortTitle: "Orden de bajar a 2.500 soldados",
      summary:
        "El secretario de Defensa interino, Christopher Miller, anunció que, por orden del presidente Donald Trump, las tropas de Estados Unidos en Afganistán se reducirían aproximadamente a la mitad, hasta 2.500 soldados, para el 15 de enero de 2021, días antes de que Joe Biden asumiera el cargo.",
    },
    "biden-april-decision": {
      title: "Joe Biden fija el 11 de septiembre como fecha para la retirada total",
      shortTitle: "Biden fija salida en septiembre",
      summary:
        "Joe Biden anunció que los últimos de los cerca de 2.500 soldados estadounidenses en Afganistán se habrían ido para el 11 de septiembre de 2021, veinte años después de los atentados del 11 de septiembre (11-S), en lugar de para el 1 de mayo, la fecha fijada en Doha.",
    },
    "may-1-deadline": {
      title: "Vence el plazo de Doha para la retirada total",
      shortTitle: "Vence el plazo del 1 de mayo",
      summary:
        "Los 14 meses que el Acuerdo de Doha daba para que salieran todas las tropas extranjeras se agotaron con las fuerzas de Estados Unidos y de la OTAN todavía en Afganistán; según el plan de Joe Biden, el 1 de mayo marcó en cambio el inicio formal de su retirada final.",
    },
    "us-leaves-bagram": {
      title: "Las fuerzas de Estados Unidos abandonan de noche la base aérea de Bagram",
      shortTitle: "Estados Unidos deja Bagram",
      summary:
        "Los últimos soldados estadounidenses dejaron Bagram, el centro de la guerra de Estados Unidos durante casi 20 años, en la noche previa al viernes 2 de julio de 2021; funcionarios afganos dijeron que las tropas estadounidenses cortaron la electricidad y se marcharon a escondidas sin avisar al nuevo comandante afgano de la base, mientras que el ejército de Estados Unidos afirmó que el traspaso se había coordinado con los líderes afganos.",
    },
    "biden-july-decision": {
      title: "Joe Biden: la misión militar de Estados Unidos termina el 31 de agosto",
      shortTitle: "Fin de la misión: 31 de agosto",
      summary:
        "Joe Biden dijo que la misión militar de Estados Unidos en Afganistán concluiría el 31 de agosto de 2021, antes que la fecha del 11 de septiembre que él mismo había fijado en abril, y sostuvo que quedarse más tiempo no cambiaría el resultado.",
    },
    "operation-allies-refuge": {
      title:
        "Operación Allies Refuge (Refugio de Aliados): los primeros afganos que solicitan visas especiales llegan a Estados Unidos",
      shortTitle: "Primer vuelo SIV llega a EE.UU.",
      summary:
        "El primer vuelo de evacuación de afganos que habían trabajado junto a estadounidenses, 221 intérpretes, conductores y otras personas con sus familias, aterrizó en el aeropuerto Washington Dulles en la madrugada del 30 de julio de 2021, y los pasajeros fueron llevados a Fort Lee, en Virginia, para completar el trámite de su visa especial de inmigrante (SIV).",
    },
    "taliban-offensive": {
      title: "Ofensiva de los talibanes: Zaranj es la primera capital de provincia en caer",
      shortTitle: "Zaranj cae en manos talibanes",
      summary:
        "Los talibanes tomaron Zaranj, capital de la provincia de Nimroz, en la frontera con Irán, la primera de las capitales de provincia de Afganistán en caer en la ofensiva que libraban desde que las tropas extranjeras comenzaron su retirada final en mayo de 2021.",
    },
    "kabul-airlift": {
      title: "El puente aéreo desde el aeropuerto internacional Hamid Karzai de Kabul",
      summary:
        "En las dos últimas semanas y media de la guerra, aviones de Estados Unidos y de sus aliados sacaron a bastante más de 120.000 personas, en su mayoría afganos, del aeropuerto internacional Hamid Karzai de Kabul, en la mayor evacuación de civiles que había llevado a cabo el ejército estadounidense.",
    },
    "fall-of-kabul": {
      title: "Kabul cae en manos de los talibanes; Ashraf Ghani huye",
      shortTitle: "Kabul cae en manos talibanes",
      summary:
        "Los combatientes talibanes entraron en Kabul y tomaron el palacio presidencial el 15 de agosto de 2021, después de que el presidente Ashraf Ghani abandonara el país, lo que puso fin a la República Islámica de Afganistán, respaldada por Occidente; el personal de la embajada de Estados Unidos fue sacado en helicóptero y se arrió la bandera de la embajada.",
    },
    "kabul-airport-runway": {
      title:
        "La multitud invade la pista del aeropuerto internacional Hamid Karzai de Kabul; varias personas caen de un C-17 de Estados Unidos que despegaba",
      shortTitle: "Caos en la pista de Kabul",
      summary:
        "Al día siguiente de la caída de Kabul, miles de afganos desesperados por marcharse irrumpieron en la pista y paralizaron los vuelos durante horas; cientos rodearon un C-17 de la Fuerza Aérea de Estados Unidos que acababa de aterrizar, y varias personas que se aferraban a él murieron al caer cuando despegó.",
    },
    "burns-baradar-kabul": {
      title: "El director de la CIA, William Burns, se reúne con Abdul Ghani Baradar en Kabul",
      shortTitle: "Burns ve a Baradar en Kabul",
      summary:
        "El director de la CIA, William Burns, mantuvo una reunión secreta en Kabul con el líder de facto de los talibanes, Abdul Ghani Baradar, el encuentro cara a cara de más alto nivel entre el gobierno de Joe Biden y los talibanes desde que estos tomaron la capital, cuando se acercaba el plazo del 31 de agosto para el puente aéreo.",
    },
    "taliban-reject-extension": {
      title: "Los talibanes rechazan prorrogar el plazo del 31 de agosto",
      shortTitle: "Talibanes: no habrá prórroga",
      summary:
        "Mientras el Reino Unido y Francia presionaban para tener más tiempo para evacuar a gente de Kabul, los talibanes dijeron que la fecha del 31 de agosto fijada por Joe Biden era una línea roja y advirtieron de consecuencias si las fuerzas de Estados Unidos y de sus aliados se quedaban más tiempo.",
    },
    "abbey-gate-bombing": {
      title: "Atentado suicida del Estado Islámico-Jorasán (ISIS-K) en la puerta Abbey del aeropuerto",
      shortTitle: "Atentado en la puerta Abbey",
      summary:
        "Un atacante suicida del Estado Islámico-Jorasán (ISIS-K), la rama regional del Estado Islámico, hizo estallar explosivos cargados de rodamientos de bolas entre la densa multitud que se agolpaba ante la puerta Abbey (Abbey Gate), una de las entradas del aeropuerto internacional Hamid Karzai, y mató a 13 militares de Estados Unidos y a unos 170 afganos.",
    },
    "kabul-drone-strike": {
      title: "Un ataque con dron de Estados Unidos en Kabul mata a 10 civiles",
      shortTitle: "Dron mata a 10 civiles en Kabul",
      summary:
        "Tres días después del atentado en la puerta Abbey, un dron de Estados Unidos disparó un misil contra un automóvil cuando entraba en un recinto familiar de Kabul y mató al conductor, el trabajador humanitario Zemari Ahmadi, y a nueve de sus familiares, siete de ellos niños. Funcionarios de Estados Unidos dijeron al principio que el ataque había frenado un coche bomba del Estado Islámico-Jorasán (ISIS-K) que se dirigía al aeropuerto internacional Hamid Karzai.",
    },
    "operation-allies-welcome": {
      title:
        "Operación Allies Welcome (Bienvenida a los Aliados): los afganos evacuados son reasentados en Estados Unidos",
      shortTitle: "Afganos reasentados en EE.UU.",
      summary:
        "Una operación federal dirigida por el Departamento de Seguridad Nacional sometió a controles a los afganos sacados del país en agosto de 2021, los alojó durante semanas o meses en bases militares de Estados Unidos y los reasentó en localidades estadounidenses, a la mayoría con un permiso humanitario de permanencia (parole) temporal y no como refugiados.",
    },
    "last-us-flight": {
      title: "El último vuelo de Estados Unidos sale de Kabul",
      shortTitle: "Último vuelo de EE.UU. en Kabul",
      summary:
        "El último C-17 militar de Estados Unidos despegó de Kabul un minuto antes de la medianoche, hora local, del 30 de agosto, con el general de división Chris Donahue, el último militar estadounidense en salir, y el principal diplomático de Estados Unidos, Ross Wilson, a bordo, y cerró casi 20 años de presencia militar de Estados Unidos en Afganistán.",
    },
    "biden-end-of-war-address": {
      title: "Joe Biden se dirige a la nación sobre el fin de la guerra",
      shortTitle: "Biden, sobre el fin de la guerra",
      summary:
        "En un discurso desde la Casa Blanca un día después del último vuelo, Joe Biden defendió su decisión de poner fin a la guerra y la forma en que se llevó a cabo la salida, elogió el puente aéreo y prometió seguir ayudando a los estadounidenses y afganos que se habían quedado atrás.",
    },
    "reserves-frozen": {
      title: "Estados Unidos congela las reservas del banco central de Afganistán",
      shortTitle: "Reservas afganas congeladas",
      summary:
        "Cuando los talibanes tomaron Kabul, el gobierno de Joe Biden les cortó el acceso al dinero del Da Afghanistan Bank (banco central afgano) depositado en instituciones estadounidenses: unos 7.000 millones de dólares de unas reservas que sumaban en total unos 9.000 millones de dólares o más.",
    },
    // events-2021-2022.ts
    "interim-government": {
      title: "Los talibanes nombran un gobierno interino formado solo por hombres",
      shortTitle: "Los talibanes nombran gobierno",
      summary:
        "Tres semanas después de tomar Kabul, los talibanes nombraron un gobierno interino sin mujeres, encabezado por Mohammad Hassan Akhund, con Abdul Ghani Baradar como uno de sus adjuntos y con Sirajuddin Haqqani, buscado por el FBI, como ministro del Interior.",
    },
    "drone-strike-admission": {
      title: "El Pentágono admite que el ataque con dron en Kabul solo mató a civiles",
      shortTitle: "El Pentágono admite el error",
      summary:
        "Al presentar las conclusiones de una investigación interna, el general Kenneth McKenzie dijo que el ataque del 29 de agosto había matado hasta a 10 civiles, hasta siete de ellos niños, y a ningún miembro del Estado Islámico-Jorasán (ISIS-K); lo calificó de trágico error y pidió perdón, y el secretario de Defensa, Lloyd Austin, presentó sus propias disculpas.",
    },
    "doha-talks-oct-2021": {
      title: "Primeras conversaciones entre Estados Unidos y los talibanes desde la retirada, en Doha",
      shortTitle: "Primer diálogo tras la retirada",
      summary:
        "Una delegación de Estados Unidos se reunió durante dos días en Doha con una delegación de los talibanes que incluía al ministro de Exteriores interino, Amir Khan Muttaqi, en las primeras conversaciones cara a cara de alto nivel desde la salida de las tropas; se habló de ayuda y no se concedió el reconocimiento.",
    },
    "qatar-protecting-power": {
      title: "Catar se convierte en la potencia protectora de Estados Unidos en Afganistán",
      shortTitle: "Catar representa a EE.UU.",
      summary:
        "El secretario de Estado, Antony Blinken, y el ministro de Exteriores de Catar firmaron un acuerdo que convierte a Catar en la potencia protectora de Estados Unidos en Afganistán, con una sección de intereses de Estados Unidos dentro de la embajada de Catar en Kabul.",
    },
    "unsc-2615-aid-exemption": {
      title:
        "El Consejo de Seguridad de la ONU y el Departamento del Tesoro de Estados Unidos eximen de sanciones la ayuda a Afganistán",
      shortTitle: "Ayuda exenta de sanciones",
      summary:
        "Se aprobó por unanimidad la Resolución 2615 del Consejo de Seguridad de la ONU, un texto redactado por Estados Unidos que exime de las sanciones de Naciones Unidas contra los talibanes la ayuda humanitaria y otra asistencia para las necesidades básicas de los afganos. Ese mismo día, el Departamento del Tesoro de Estados Unidos emitió tres licencias generales que permiten al gobierno de Estados Unidos, a organizaciones internacionales y a organizaciones humanitarias trabajar en Afganistán pese a las sanciones de Estados Unidos contra los talibanes y la red Haqqani.",
    },
    "eo-14064-reserves": {
      title: "La Orden Ejecutiva 14064 de Joe Biden divide las reservas congeladas",
      shortTitle: "Orden divide reservas congeladas",
      summary:
        "Joe Biden firmó una orden ejecutiva sobre unos 7.000 millones de dólares en activos congelados del banco central afgano: 3.500 millones debían ponerse a disposición en beneficio de los afganos, mientras que los otros 3.500 millones quedaban retenidos en Estados Unidos a la espera de fallos judiciales sobre las demandas de familias de víctimas de los atentados del 11 de septiembre (11-S).",
    },
    "girls-schools-closed": {
      title: "Los talibanes mantienen cerradas las escuelas secundarias de niñas el día de la reapertura",
      shortTitle: "Escuelas de niñas, aún cerradas",
      summary:
        "El 23 de marzo de 2022, primer día del nuevo curso escolar, los talibanes ordenaron a las niñas de grados superiores al sexto volver a casa a las pocas horas de empezar las clases, y se desdijeron así de su promesa de reabrir sus escuelas. El Departamento de Estado dijo que la decisión perjudicaría las aspiraciones de los talibanes a obtener legitimidad internacional; Naciones Unidas dijo más tarde que el reconocimiento era casi imposible mientras siguieran en vigor prohibiciones así.",
    },
    "us-cancels-doha-meetings": {
      title: "Estados Unidos cancela las reuniones previstas con los talibanes en Doha",
      shortTitle: "EE.UU. cancela reuniones en Doha",
      summary:
        "Dos días después de que las niñas fueran enviadas a casa desde las escuelas secundarias, el Departamento de Estado dijo que había cancelado reuniones previstas en Doha con funcionarios talibanes y calificó la decisión sobre las escuelas de posible punto de inflexión en el trato de Estados Unidos con el grupo.",
    },
    "zawahiri-strike": {
      title: "Un ataque con dron de Estados Unidos mata en Kabul al líder de Al Qaeda, Ayman al Zawahiri",
      shortTitle: "Al Zawahiri, muerto en Kabul",
      summary:
        "Un ataque con dron de Estados Unidos contra una casa del centro de Kabul mató al líder de Al Qaeda, Ayman al Zawahiri. Joe Biden lo anunció a la noche siguiente, y Washington y los talibanes se acusaron mutuamente de violar el Acuerdo de Doha.",
    },
    "corbett-detained": {
      title: "Ryan Corbett, detenido",
      summary:
        "Los talibanes detuvieron a Ryan Corbett, un estadounidense que había dirigido proyectos humanitarios y empresariales en Afganistán durante más de una década, mientras estaba de vuelta en el país en un viaje de negocios, un año después de la evacuación de su familia.",
    },
    "habibi-detained": {
      title: "Mahmood Habibi, apresado en Kabul",
      shortTitle: "Apresan a Mahmood Habibi",
      summary:
        "A Mahmood Shah Habibi, estadounidense naturalizado y exdirector de la autoridad de aviación civil de Afganistán, se lo llevaron en Kabul diez días después del ataque contra Ayman al Zawahiri, junto con su conductor y 29 compañeros de trabajo de la empresa de telecomunicaciones Asia Consultancy Group (ACG).",
    },
    "afghan-fund": {
      title: "Estados Unidos y Suiza crean el Fondo para el Pueblo Afgano",
      shortTitle: "Nace el Fondo Afgano",
      summary:
        "El Departamento del Tesoro y el Departamento de Estado de Estados Unidos anunciaron una fundación con sede en Ginebra, el Fondo para el Pueblo Afgano, para custodiar 3.500 millones de dólares de las reservas congeladas del banco central y hacer con ellos pagos específicos, sin ningún papel para los talibanes.",
    },
    "frerichs-noorzai-swap": {
      title: "Mark Frerichs, liberado a cambio de Bashir Noorzai",
      shortTitle: "Canje Frerichs-Noorzai",
      summary:
        "En el aeropuerto internacional Hamid Karzai de Kabul, los talibanes entregaron a Mark Frerichs, veterano de la Marina de Estados Unidos e ingeniero civil retenido desde principios de 2020, y recibieron a cambio a Bashir Noorzai, un líder tribal afgano y aliado de los talibanes encarcelado en Estados Unidos por tráfico de heroína.",
    },
    "glezmann-detained": {
      title: "George Glezmann, detenido",
      summary:
        "La Dirección General de Inteligencia de los talibanes apresó a George Glezmann, un mecánico de aviones de Atlanta que trabajaba para Delta Air Lines, poco después de que llegara a Afganistán para un breve viaje turístico.",
    },
    "women-universities-ban": {
      title: "Los talibanes vetan a las mujeres en las universidades",
      shortTitle: "Veto universitario a las mujeres",
      summary:
        "El 20 de diciembre de 2022, el titular del Ministerio de Educación Superior de los talibanes ordenó a todas las universidades públicas y privadas dejar de dar clases a las mujeres hasta nuevo aviso. El secretario de Estado, Antony Blinken, advirtió de que habría costos si la prohibición se mantenía.",
    },
    "women-ngo-ban": {
      title: "Los talibanes prohíben a las mujeres trabajar en ONG",
      shortTitle: "Mujeres vetadas en las ONG",
      summary:
        "El 24 de diciembre de 2022, el Ministerio de Economía de los talibanes ordenó a todas las ONG nacionales e internacionales impedir que sus empleadas trabajaran, so pena de perder sus licencias. Varias grandes organizaciones humanitarias internacionales suspendieron sus operaciones al día siguiente.",
    },
    // events-2023-2024.ts
    "un-staff-ban": {
      title: "Los talibanes extienden la prohibición a las afganas que trabajan para Naciones Unidas",
      shortTitle: "Veto a empleadas de la ONU",
      summary:
        "A principios de abril de 2023, los talibanes impidieron ir a trabajar a las afganas empleadas por Naciones Unidas, primero en la provincia de Nangarhar el 4 de abril y después en todo el país. Naciones Unidas pidió a todo su personal afgano que se quedara en casa mientras buscaba una explicación, y el 5 de abril el secretario general, António Guterres, condenó la orden.",
    },
    "isis-k-planner-killed": {
      title:
        "Los talibanes matan al miembro del Estado Islámico-Jorasán (ISIS-K) que planeó el atentado de la puerta Abbey, según funcionarios de Estados Unidos",
      shortTitle: "Puerta Abbey: matan al cerebro",
      summary:
        "En abril de 2023, funcionarios de Estados Unidos dijeron que los talibanes habían matado al líder del Estado Islámico-Jorasán (ISIS-K) al que esos funcionarios consideraban principal responsable de planear el atentado suicida de agosto de 2021 en la puerta Abbey del aeropuerto internacional Hamid Karzai de Kabul. Los funcionarios no lo identificaron y dijeron que Estados Unidos no había participado en la operación.",
    },
    "doha-un-meeting-2023": {
      title:
        "El secretario general de Naciones Unidas reúne en Doha a enviados especiales para Afganistán, sin los talibanes",
      shortTitle: "Doha I: enviados, sin talibanes",
      summary:
        "El 1 y 2 de mayo de 2023, el secretario general de Naciones Unidas, António Guterres, reunió en Doha a enviados especiales para Afganistán de más de 20 países y organizaciones para buscar un enfoque común hacia los talibanes, que no fueron invitados. António Guterres dijo que la reunión trataba de ese enfoque común y no del reconocimiento de los talibanes; días antes, mujeres habían marchado en Kabul contra cualquier reconocimiento.",
    },
    "us-taliban-doha-talks-2023": {
      title:
        "Enviados de Estados Unidos se reúnen en Doha con una delegación de los talibanes sobre economía, seguridad y derechos",
      shortTitle: "Diálogo EE.UU.-talibanes en Doha",
      summary:
        "A finales de julio de 2023, Thomas West, enviado especial de Estados Unidos para Afganistán, y Rina Amiri, enviada especial para las mujeres y niñas afganas y los derechos humanos, se reunieron en Doha con una delegación de los talibanes encabezada por el ministro de Exteriores interino, Amir Khan Muttaqi. Hablaron de economía, seguridad, lucha antidroga y derechos humanos, y Washington dijo que las conversaciones no suponían un reconocimiento de los talibanes.",
    },
    "glezmann-wrongfully-detained": {
      title: "Estados Unidos declara detenido injustamente a George Glezmann",
      shortTitle: "Glezmann, detenido injustamente",
      summary:
        "El Departamento de Estado, bajo la dirección de Antony Blinken, designó formalmente a George Glezmann como «detenido injustamente», un estatus que dedica más recursos del gobierno de Estados Unidos a su caso.",
    },
    "unsc-resolution-2721": {
      title: "El Consejo de Seguridad de la ONU toma nota de la evaluación independiente y pide un enviado especial",
      shortTitle: "Resolución 2721 de la ONU",
      summary:
        "El 29 de diciembre de 2023 se aprobó la Resolución 2721 del Consejo de Seguridad de la ONU, que tomaba nota favorablemente de la evaluación independiente sobre Afganistán dirigida por el coordinador especial de Naciones Unidas Feridun Sinirlioğlu y pedía al secretario general que nombrara a un enviado especial para Afganistán. Trece miembros votaron a favor, China y Rusia se abstuvieron, y los talibanes calificaron de innecesario un nuevo enviado.",
    },
    "china-accepts-envoy": {
      title: "China: Xi Jinping acepta a un embajador de los talibanes",
      shortTitle: "China acepta a enviado talibán",
      summary:
        "El presidente Xi Jinping recibió las cartas credenciales de Bilal Karimi, el enviado de los talibanes ante Pekín, en una ceremonia colectiva, con lo que Xi Jinping se convirtió en el primer jefe de Estado en aceptar formalmente a un embajador de los talibanes; Pekín lo calificó de arreglo diplomático normal.",
    },
    "doha-un-meeting-feb-2024": {
      title: "Segunda reunión de Naciones Unidas en Doha sobre Afganistán; los talibanes no acuden",
      shortTitle: "Doha II: los talibanes no van",
      summary:
        "El secretario general de Naciones Unidas, António Guterres, reunió por segunda vez en Doha a los enviados especiales para Afganistán el 18 y 19 de febrero de 2024, esta vez con representantes de la sociedad civil afgana y de defensa de los derechos de las mujeres. Los talibanes declinaron asistir después de que Naciones Unidas rechazara sus condiciones, que según António Guterres habrían equivalido en gran medida a un reconocimiento.",
    },
    "doha-un-meeting-2024": {
      title: "Los talibanes asisten a la reunión convocada por Naciones Unidas en Doha; las afganas, excluidas",
      shortTitle: "Talibanes en la cita ONU de Doha",
      summary:
        "La tercera reunión de enviados especiales para Afganistán convocada por Naciones Unidas, celebrada en Doha el 30 de junio y el 1 de julio de 2024, fue la primera a la que asistieron los talibanes. Ninguna mujer afgana ni miembro de la sociedad civil se sentó en las sesiones principales, una condición que habían puesto los talibanes, y activistas afganas y grupos internacionales de derechos humanos condenaron su exclusión.",
    },
    "vice-virtue-law": {
      title: "Los talibanes publican la ley «del vicio y la virtud»",
      shortTitle: "Ley «del vicio y la virtud»",
      summary:
        "El 21 de agosto de 2024, los talibanes publicaron una ley de propagación de la virtud y prevención del vicio, aprobada por el líder supremo, Hibatullah Akhundzada, que obliga a las mujeres a ocultar el rostro y la voz en público. Después de que la UNAMA (Misión de Asistencia de la ONU en Afganistán) la criticara, el Ministerio para la Propagación de la Virtud y la Prevención del Vicio de los talibanes dijo que dejaría de cooperar con la misión.",
    },
    "uae-accepts-envoy": {
      title: "Los Emiratos Árabes Unidos aceptan a un embajador de los talibanes",
      shortTitle: "Los EAU aceptan enviado talibán",
      summary:
        "Los Emiratos Árabes Unidos aceptaron las cartas credenciales de Badruddin Haqqani como embajador de los talibanes, el mayor logro diplomático de los talibanes desde que China aceptó a su enviado en enero de 2024; los Emiratos Árabes Unidos no reconocieron formalmente al gobierno de los talibanes.",
    },
    "biden-swap-talks": {
      title: "Terminan sin acuerdo las negociaciones de la era de Joe Biden para canjear a Muhammad Rahim al Afgani",
      shortTitle: "Sin acuerdo para canjear a Rahim",
      summary:
        "En noviembre de 2024, el gobierno de Joe Biden ofreció liberar a Muhammad Rahim al Afgani, detenido en Guantánamo, a cambio de Ryan Corbett, George Glezmann y Mahmood Habibi; los talibanes pidieron en cambio a Muhammad Rahim y a otros dos presos a cambio solo de Ryan Corbett y George Glezmann.",
    },
    // events-2025-2026.ts
    "refugee-admissions-suspended": {
      title: "Donald Trump suspende la admisión de refugiados en Estados Unidos; afganos, varados",
      shortTitle: "Refugiados: admisión suspendida",
      summary:
        "En su primer día de regreso al cargo, Donald Trump firmó una orden que paralizó el Programa de Admisión de Refugiados de EE.UU., lo que dejó sin poder viajar a afganos ya aprobados para su reasentamiento, entre ellos familiares de militares de Estados Unidos en servicio activo.",
    },
    "corbett-mckenty-exchange": {
      title: "Ryan Corbett y William McKenty, liberados en un canje de prisioneros por Khan Mohammed",
      shortTitle: "Liberados Corbett y McKenty",
      summary:
        "Los estadounidenses Ryan Corbett y William McKenty fueron liberados a cambio de Khan Mohammed, un afgano al que los talibanes llamaban uno de sus combatientes y que cumplía dos cadenas perpetuas en Estados Unidos por narcotráfico vinculado al terrorismo. El gobierno de Joe Biden cerró el acuerdo con la ayuda de Catar; la entrega se produjo justo después de que Donald Trump asumiera el cargo.",
    },
    "rubio-bounty-threat": {
      title: "Marco Rubio amenaza con recompensas «muy grandes» por los líderes de los talibanes",
      shortTitle: "Rubio amenaza con recompensas",
      summary:
        "Cuatro días después del intercambio de Ryan Corbett y William McKenty, el secretario de Estado, Marco Rubio, escribió en X que había oído que los talibanes podrían estar reteniendo a más estadounidenses de lo que se sabía públicamente y que, de ser así, Estados Unidos ofrecería una recompensa por sus máximos líderes, posiblemente mayor que la que se ofreció en su día por Osama bin Laden.",
    },
    "exploratory-talks": {
      title: "Los talibanes cortejan al gobierno de Donald Trump en conversaciones «exploratorias»",
      shortTitle: "Conversaciones «exploratorias»",
      summary:
        "En los primeros meses del segundo mandato de Donald Trump, los talibanes intensificaron sus contactos con Washington con la esperanza de restablecer los lazos oficiales; un funcionario de Estados Unidos citado por CNN calificó las conversaciones de exploratorias y dijo que unas relaciones normales no estaban cerca.",
    },
    "sharifullah-arrest": {
      title: "Un sospechoso del atentado de la puerta Abbey, capturado y acusado en Estados Unidos",
      shortTitle: "Puerta Abbey: sospechoso acusado",
      summary:
        "Donald Trump dijo ante el Congreso que un miembro del Estado Islámico-Jorasán (ISIS-K) acusado de ayudar a preparar el atentado de la puerta Abbey había sido capturado con la ayuda de Pakistán; Mohammad Sharifullah fue trasladado en avión a Estados Unidos durante la noche y llevado ante un tribunal federal de Virginia al día siguiente.",
    },
    "glezmann-released": {
      title: "Los talibanes liberan a George Glezmann",
      summary:
        "Los talibanes dejaron salir de Kabul en avión a George Glezmann, un mecánico de aviones de Atlanta al que retenían desde diciembre de 2022, después de que el enviado especial de Estados Unidos para asuntos de rehenes, Adam Boehler, y el ex enviado especial Zalmay Khalilzad se reunieran allí con funcionarios talibanes, con Catar como mediador.",
    },
    "haqqani-rewards-removed": {
      title: "Estados Unidos retira las ofertas de recompensa por tres líderes Haqqani",
      shortTitle: "Sin recompensas por los Haqqani",
      summary:
        "Dos días después de la liberación de George Glezmann, se retiraron las ofertas del programa Recompensas por la Justicia del Departamento de Estado por Sirajuddin Haqqani (10 millones de dólares) y por Abdul Aziz Haqqani y Yahya Haqqani (5 millones cada uno), 20 millones de dólares en total; lo anunció el Ministerio del Interior de los talibanes y Washington no dio ninguna razón pública.",
    },
    "designations-remain": {
      title: "Departamento de Estado: las designaciones terroristas se mantienen",
      shortTitle: "Se mantienen las designaciones",
      summary:
        "Preguntado por las recompensas retiradas, el Departamento de Estado dijo que ya no había ninguna recompensa por los tres líderes Haqqani, pero que seguían figurando en la categoría de Terrorista Global Especialmente Designado y que la red Haqqani seguía en la lista como Organización Terrorista Extranjera.",
    },
    "faye-hall-released": {
      title: "Faye Hall, liberada",
      summary:
        "Faye Dail Hall, una estadounidense retenida desde febrero de 2025 por la acusación de volar un dron sin permiso, fue liberada en Kabul con la ayuda de Catar y trasladada a la embajada catarí. Se creía que con ella eran cuatro los estadounidenses liberados por los talibanes ese año.",
    },
    "recognition-request": {
      title: "Los talibanes piden el reconocimiento y una presencia en Estados Unidos",
      shortTitle: "Talibanes piden reconocimiento",
      summary:
        "En las conversaciones de marzo de 2025 en Kabul en torno a la liberación de George Glezmann, funcionarios talibanes volvieron a presionar a Washington para que otorgara el reconocimiento a su gobierno y pidieron abrir una oficina de los talibanes en Estados Unidos para atender a los afganos que viven allí.",
    },
    "us-response-recognition": {
      title: "Estados Unidos: ni reconocimiento ni compromisos sobre embajadas",
      shortTitle: "EE.UU.: no hay reconocimiento",
      summary:
        "Al día siguiente de la publicación del artículo, el Departamento de Estado dijo que Washington no reconocía a nadie como gobierno de Afganistán y que no tenía previsto permitir la reapertura de su embajada en Kabul, y el Consejo de Seguridad Nacional dijo que no se había prometido nada sobre la embajada afgana en Washington.",
    },
    "russia-delisting": {
      title: "Rusia suspende su veto a los talibanes",
      shortTitle: "Rusia suspende veto a talibanes",
      summary:
        "El Tribunal Supremo de Rusia aceptó una petición del fiscal general y suspendió la prohibición que pesaba sobre los talibanes desde 2003, con lo que el grupo salió de la lista de organizaciones terroristas de Moscú con efecto inmediato.",
    },
    "tps-ended": {
      title: "El Departamento de Seguridad Nacional pone fin al Estatus de Protección Temporal para los afganos",
      shortTitle: "Fin del TPS para los afganos",
      summary:
        "La secretaria del Departamento de Seguridad Nacional, Kristi Noem, puso fin formalmente al Estatus de Protección Temporal para Afganistán, al afirmar que la seguridad y la economía del país habían mejorado; la protección frente a la deportación y los permisos de trabajo que daba a los afganos en Estados Unidos expiraron después del 14 de julio de 2025.",
    },
    "rubio-fto-review": {
      title: "Marco Rubio: se estudia designar a los talibanes como Organización Terrorista Extranjera (FTO)",
      shortTitle: "FTO: designación en estudio",
      summary:
        "En su comparecencia sobre el presupuesto del Departamento de Estado, el secretario de Estado, Marco Rubio, dijo al Comité de Asuntos Exteriores de la Cámara de Representantes que Washington estaba estudiando si incluir a los talibanes en la lista como Organización Terrorista Extranjera.",
    },
    "travel-ban": {
      title: "Donald Trump prohíbe la entrada desde 12 países, entre ellos Afganistán",
      shortTitle: "Veto migratorio a Afganistán",
      summary:
        "Una proclamación presidencial suspendió por completo la entrada en Estados Unidos de los ciudadanos de 12 países, entre ellos Afganistán, a partir del 9 de junio de 2025; quedaron exentos los titulares afganos de una visa especial de inmigrante, concedida a quienes trabajaron para Estados Unidos durante la guerra.",
    },
    "habibi-reward": {
      title: "Recompensa de 5 millones de dólares por información sobre Mahmood Habibi",
      shortTitle: "Recompensa por Mahmood Habibi",
      summary:
        "El programa Recompensas por la Justicia del Departamento de Estado ofreció hasta 5 millones de dólares por información que ayudara a localizar a Mahmood Habibi y traerlo a casa, y afirmó que la Dirección General de Inteligencia de los talibanes se lo había llevado en 2022; los talibanes negaron retenerlo.",
    },
    "russia-recognition": {
      title: "Rusia reconoce formalmente al gobierno de los talibanes",
      shortTitle: "Rusia reconoce a los talibanes",
      summary:
        "Rusia otorgó al gobierno de los talibanes el primer reconocimiento formal de cualquier país desde 2021: su Ministerio de Exteriores anunció que había recibido las cartas credenciales de Gul Hassan Hassan como embajador de Afganistán en Moscú.",
    },
    "icc-warrants": {
      title:
        "La Corte Penal Internacional dicta órdenes de arresto contra el líder supremo de los talibanes y su presidente del Tribunal Supremo",
      shortTitle: "Órdenes de arresto de la CPI",
      summary:
        "El 8 de julio de 2025, los jueces de la Corte Penal Internacional dictaron órdenes de arresto contra Hibatullah Akhundzada, líder supremo de los talibanes, y Abdul Hakim Haqqani, su presidente del Tribunal Supremo, como sospechosos de perseguir a mujeres y niñas por motivos de género, un crimen de lesa humanidad. Los talibanes dijeron que no reconocen a la Corte.",
    },
    "wrongful-detention-order": {
      title: "Donald Trump crea la categoría de «Estado patrocinador de detenciones indebidas»",
      shortTitle: "Orden sobre detención indebida",
      summary:
        "Donald Trump firmó una orden ejecutiva que permite al secretario de Estado designar como «Estado patrocinador de detenciones indebidas» a los países que retengan injustamente a estadounidenses, con posibles sanciones, restricciones de visas y de viaje y otras penalizaciones.",
    },
    "boehler-kabul-talks": {
      title: "Adam Boehler y Zalmay Khalilzad se reúnen en Kabul con líderes de los talibanes",
      shortTitle: "Boehler y Khalilzad, en Kabul",
      summary:
        "El enviado especial para asuntos de rehenes, Adam Boehler, junto con el ex enviado especial Zalmay Khalilzad, mantuvo conversaciones en Kabul con el ministro de Exteriores, Amir Khan Muttaqi, y el viceprimer ministro, Abdul Ghani Baradar; los talibanes dijeron después que Adam Boehler había aceptado que las dos partes intercambiaran presos.",
    },
    "trump-bagram-chequers": {
      title: "En Chequers, Donald Trump dice que Estados Unidos intenta recuperar Bagram",
      shortTitle: "Trump quiere recuperar Bagram",
      summary:
        "En una rueda de prensa conjunta con el primer ministro británico, Keir Starmer, en la residencia de Chequers, Donald Trump dijo que Estados Unidos trabajaba para recuperar la base aérea de Bagram, que abandonó en 2021, y afirmó que la base estaba «a una hora de donde China fabrica sus armas nucleares».",
    },
    "bagram-demand": {
      title: "Donald Trump exige que Bagram vuelva a manos de Estados Unidos; los talibanes se niegan",
      shortTitle: "Talibanes: no devolverán Bagram",
      summary:
        "En Truth Social, Donald Trump advirtió de que pasarían «cosas malas» si Afganistán no devolvía la base aérea de Bagram a Estados Unidos; al día siguiente, los talibanes rechazaron la exigencia y recordaron a Washington el compromiso que asumió en el Acuerdo de Doha con la integridad territorial de Afganistán.",
    },
    "amiri-released": {
      title: "Amir Amiri, liberado tras la visita de Adam Boehler",
      shortTitle: "Amir Amiri, liberado",
      summary:
        "Los talibanes liberaron a Amir Amiri, un estadounidense de 36 años retenido desde diciembre de 2024, después de que Adam Boehler regresara a Kabul el 28 de septiembre, con la mediación de Catar; fue trasladado en avión a Doha. Una fuente dijo a Reuters que era el quinto ciudadano de Estados Unidos liberado por los talibanes en 2025.",
    },
    "afghan-immigration-halt": {
      title: "Estados Unidos paraliza todas las solicitudes de inmigración de ciudadanos afganos",
      shortTitle: "Inmigración afgana, paralizada",
      summary:
        "Horas después de que un afgano que había llegado a Estados Unidos en la evacuación de 2021 fuera acusado de disparar contra dos miembros de la Guardia Nacional cerca de la Casa Blanca, el Servicio de Ciudadanía e Inmigración de Estados Unidos (USCIS) dejó de tramitar, de forma indefinida, todas las solicitudes de inmigración de ciudadanos afganos, a la espera de una revisión de la seguridad y de los controles de antecedentes.",
    },
    "afghanistan-wrongful-detention-designation": {
      title: "Afganistán, designado Estado patrocinador de detenciones indebidas",
      shortTitle: "Lista de detenciones indebidas",
      summary:
        "Marco Rubio designó a Afganistán como Estado patrocinador de detenciones indebidas, acusó a los talibanes de retener a personas como moneda de cambio y exigió la liberación de dos estadounidenses identificados por su nombre, Dennis Coyle y Mahmood Habibi, y de todos los demás estadounidenses retenidos allí; los talibanes calificaron la medida de lamentable.",
    },
  },
  lessons: {
    "how-the-us-left": {
      title: "Cómo se fue Estados Unidos de Afganistán, 2020-2021",
      description:
        "Sigue la retirada de Estados Unidos desde el Acuerdo de Doha de febrero de 2020 hasta el último vuelo de Estados Unidos desde Kabul en agosto de 2021. Al final podrás explicar qué se acordó, qué se decidió después y qué ocurrió sobre el terreno, con una ficha para cada punto.",
      prompts: [
        "Con ayuda de los «Detalles», anota un compromiso que asumió Estados Unidos en el Acuerdo de Doha y uno que asumieron los talibanes. Después busca el propio acuerdo en «Fuentes» (está marcado como «Fuente primaria») y anota su título.",
        "El presidente Joe Biden trasladó la fecha de la retirada total del 1 de mayo al 11 de septiembre de 2021. En «Cómo lo vio cada parte», busca lo que dijeron sobre la decisión Joe Biden, los talibanes y el presidente Ashraf Ghani, y escribe una oración para cada uno.",
        "El nuevo comandante afgano de la base y el ejército de Estados Unidos describen de forma distinta la salida de Bagram. Con ayuda de «Cómo lo vio cada parte» y de las «Notas sobre el registro público», anota lo que dice cada parte sobre si se avisó al comandante afgano, y quién lo dijo.",
        "Con ayuda del resumen y de los «Detalles», describe en dos o tres oraciones lo que ocurrió en Kabul el 15 de agosto de 2021. Después nombra una ficha anterior de esta lección que ayude a explicar cómo se llegó a ello, y explica de qué manera.",
        "Según la ficha, ¿quién llevó a cabo el atentado en la puerta Abbey? Con ayuda de las «Notas sobre el registro público», anota en qué cifras de víctimas coinciden todas las fuentes y qué cifras dan de forma distinta.",
        "Compara lo que dijo el Comando Central de EE.UU. el día del ataque (en «Cómo lo vio cada parte») con lo que dijo el general Kenneth McKenzie el 17 de septiembre (abre el acontecimiento relacionado «El Pentágono admite que el ataque con dron en Kabul solo mató a civiles»). ¿Qué cambió entre las dos declaraciones?",
        "Repasa esta lección: ¿la forma en que se fue Estados Unidos dependió más del Acuerdo de Doha de 2020 o de las decisiones tomadas en 2021? Apoya tu respuesta con al menos dos fichas y da un argumento a favor de la otra postura.",
      ],
    },
    "hostage-diplomacy": {
      title: "Estadounidenses detenidos en Afganistán y cómo algunos fueron liberados",
      description:
        "Analizarás el caso de los estadounidenses retenidos en Afganistán desde 2020, los canjes y las conversaciones que permitieron liberar a algunos de ellos, y lo que dicen el gobierno de Estados Unidos y los talibanes sobre por qué estaban retenidos. Al final podrás comparar las liberaciones y exponer la versión de cada parte con pruebas de las fichas.",
      prompts: [
        "¿Quién fue canjeado por quién en el aeropuerto internacional Hamid Karzai de Kabul en septiembre de 2022? Con ayuda del resumen y de los «Detalles», anota qué recibió Estados Unidos y qué recibieron los talibanes.",
        "¿Quién es George Glezmann y cómo llegó a estar retenido? Anota lo que dijeron sobre su detención los legisladores de Estados Unidos (en los «Detalles») y lo que dijo el portavoz adjunto de los talibanes Hamdullah Fitrat (en «Cómo lo vio cada parte»).",
        "Compara la oferta de Estados Unidos de noviembre de 2024 con la contraoferta de los talibanes: ¿a quién estaba dispuesta a canjear cada parte, y por quién? Según los «Detalles», ¿sobre qué estadounidense detenido no se ponían de acuerdo las dos partes?",
        "Compara este canje con el canje de Mark Frerichs y Bashir Noorzai de 2022: nombra una cosa que sea parecida y otra que sea diferente. Después usa los «Detalles» y las «Notas sobre el registro público» para decir bajo qué presidente se acordó el canje y quién lo dice.",
        "Con ayuda de «Cómo lo vio cada parte», anota cómo describen la liberación de George Glezmann los talibanes, Zalmay Khalilzad y el secretario de Estado, Marco Rubio. Después usa los «Detalles» para decir qué muestra el registro público que dio Estados Unidos a cambio, si es que dio algo, y qué no se sabe.",
        "Según los «Detalles», ¿qué aceptó hacer Catar por Estados Unidos en Afganistán en noviembre de 2021? Después busca en esta lección una liberación en la que participara Catar y di qué hizo Catar.",
        "En marzo de 2026, el secretario de Estado, Marco Rubio, dijo que los talibanes retienen a estadounidenses para obtener concesiones y lo calificó de «diplomacia de rehenes»; el Ministerio de Exteriores de los talibanes dijo que a los extranjeros solo se los retiene por infringir la ley afgana. Expón la postura de cada parte, cada una con una prueba de las fichas de esta lección, y nombra un dato que tendrías que comprobar para decidir entre ellas.",
      ],
    },
    "recognition-evidence": {
      title: "¿Debe Estados Unidos reconocer al gobierno de los talibanes? Pruebas a favor y en contra",
      description:
        "Analizarás lo que los talibanes piden a Washington para su gobierno (que ellos llaman Emirato Islámico de Afganistán), lo que han dado de sí las conversaciones y los contactos con ellos, y lo que Estados Unidos y Naciones Unidas dicen que impide el reconocimiento. Al final podrás sopesar ambas posturas y apoyar tu opinión con pruebas de dos acontecimientos.",
      prompts: [
        "¿Qué pidieron los talibanes a Estados Unidos en marzo de 2025? Con ayuda de las «Notas sobre el registro público», anota en qué se diferencian la noticia de CNN sobre la petición y la versión que dio de ella el portavoz Zabihullah Mujahid.",
        "¿Cómo respondió el gobierno de Estados Unidos a las peticiones de los talibanes el 4 de abril de 2025? En «Cómo lo vio cada parte», cita o parafrasea la declaración del Departamento de Estado y nombra el medio de comunicación que la publicó.",
        "Según los «Detalles», ¿a qué condujo la reunión de enviados de Estados Unidos y funcionarios talibanes en Kabul el 20 de marzo de 2025? Anota el resultado, lo que el Ministerio de Exteriores de los talibanes dijo que demostraba la liberación y una cosa que, según la ficha, no se hizo pública.",
        "En «Cómo lo vio cada parte» y en los «Detalles», busca lo que dijeron sobre la liberación de Amir Amiri el ministro de Catar Mohamed al Khulaifi, el secretario de Estado, Marco Rubio, y el ministro de Exteriores, Amir Khan Muttaqi, y escribe una oración para cada uno. Según el resumen, ¿cuántos ciudadanos de Estados Unidos habían liberado los talibanes en 2025 hasta ese momento?",
        "Funcionarios de Estados Unidos dijeron en abril de 2023 que los talibanes habían matado al líder del Estado Islámico-Jorasán (ISIS-K) que estaba detrás del atentado de la puerta Abbey. Con ayuda de los «Detalles» y de las «Notas sobre el registro público», anota lo que dijeron los funcionarios sobre la colaboración con los talibanes en este asunto y qué pruebas dieron de su versión.",
        "Según el resumen y los «Detalles», ¿qué dijeron el Departamento de Estado y Naciones Unidas que supondría la prohibición de la educación secundaria de las niñas para las aspiraciones de reconocimiento de los talibanes? Después anota cómo explicó Suhail Shaheen esa política, en «Cómo lo vio cada parte».",
        "Con ayuda de «Cómo lo vio cada parte», compara lo que Marzia, una afgana que trabaja para Naciones Unidas, dice que ocurrió en su oficina con lo que dijo sobre la prohibición el portavoz de los talibanes Zabihullah Mujahid. ¿Qué dijo el secretario de Estado, Antony Blinken, que supondría la prohibición para los afganos que dependen de la ayuda?",
        "En marzo de 2025, el Departamento de Estado dijo que las designaciones terroristas de Estados Unidos seguían vigentes, aunque se habían retirado las ofertas de recompensa. Con ayuda de los «Detalles», anota qué designación se aplica a los talibanes y cuáles se aplican a la red Haqqani.",
        "Un funcionario de Estados Unidos calificó de «exploratorios» los contactos de 2025. Elige dos acontecimientos de esta lección: uno que muestre lo que ha dado de sí el diálogo con los talibanes y otro que muestre lo que Estados Unidos o Naciones Unidas dicen que impide el reconocimiento. Con esos dos acontecimientos, expón el argumento más sólido de cada parte, di cuál te parece más convincente y nombra una prueba que podría hacerte cambiar de opinión.",
      ],
    },
    "womens-rights-and-recognition": {
      title: "Los derechos de las mujeres afganas y la cuestión del reconocimiento",
      description:
        "Analizarás las normas de los talibanes sobre la escolarización de las niñas, los estudios y el trabajo de las mujeres y la voz de las mujeres en público, y cómo aparecen en las conversaciones sobre el reconocimiento. En cada paso compararás lo que dicen los talibanes, Estados Unidos o Naciones Unidas, y mujeres afganas citadas por su nombre con lo que muestran los «Detalles» y las «Fuentes» de la ficha.",
      prompts: [
        "Suhail Shaheen, funcionario de los talibanes, dice que «nuestra política no está en contra de la educación de las niñas». Compara sus palabras con lo que, según los «Detalles» y las «Notas sobre el registro público», les ocurrió a las niñas de grados superiores al sexto a partir del 23 de marzo de 2022, y con lo que dicen Halima Nasari y la estudiante Safa en «Cómo lo vio cada parte».",
        "¿Qué razones dio el titular del Ministerio de Educación Superior, Neda Mohammad Nadeem, para prohibir a las mujeres el acceso a las universidades (consulta los «Detalles» y «Cómo lo vio cada parte»)? Compáralas con lo que dicen las estudiantes Wurranga Arif y Zohra Madadi que significa la prohibición para ellas, y con la advertencia del secretario de Estado, Antony Blinken.",
        "Compara la razón que dio el Ministerio de Economía de los talibanes para prohibir a las mujeres trabajar en ONG con lo que dijeron sobre la prohibición la formadora de una ONG Maliha Niazai y el secretario de Estado, Antony Blinken. Después usa los «Detalles» y las «Fuentes» para decir qué le pasó al día siguiente al trabajo de las organizaciones humanitarias internacionales.",
        "Según los «Detalles», ¿qué exige a las mujeres la ley publicada en agosto de 2024? Compara lo que dijo el portavoz de los talibanes Zabihullah Mujahid en respuesta a las críticas de Naciones Unidas con lo que dicen Masouda, una comerciante de Bamiyán, y la activista Maryam Maroof Arwin en «Cómo lo vio cada parte».",
        "La enviada especial de Estados Unidos Rina Amiri dice que afganos y defensores de los derechos humanos la instaron a hablar directamente con los talibanes. Compara sus palabras con las respuestas de la Coalición de Movimientos de Protesta de Mujeres Afganas y de Sábados Morados (Purple Saturdays), en «Cómo lo vio cada parte». Después usa los «Detalles» para anotar una cosa que cada parte dijo haber planteado en las conversaciones.",
        "Ninguna mujer afgana se sentó en las sesiones principales de esta reunión de Naciones Unidas en Doha. Compara lo que dicen al respecto Shaharzad Akbar y Habiba Sarabi con lo que dicen Rosemary DiCarlo, de Naciones Unidas, y Matthew Miller, del Departamento de Estado. Según el resumen y los «Detalles», ¿de quién era la condición de que se excluyera a las mujeres, y qué fuente lo informó?",
        "Con ayuda de «Cómo lo vio cada parte», compara la razón de Rusia para reconocer al gobierno de los talibanes con las advertencias de Fawzia Koofi, del relator especial de Naciones Unidas Richard Bennett y de casi 90 grupos de la sociedad civil afgana. Después elige un paso anterior de esta lección y di si sus pruebas refuerzan o debilitan uno de estos argumentos.",
      ],
    },
    "check-the-article": {
      title: "Comprueba el artículo",
      description:
        "Contrasta ocho afirmaciones del artículo de prensa con la cronología. Para cada una, piensa qué tendrías que comprobar, busca el acontecimiento que lo muestra y decide en qué medida el registro público respalda la afirmación antes de mostrar el veredicto.",
      prompts: [
        "El artículo dice que funcionarios de Estados Unidos califican las primeras conversaciones de «exploratorias». ¿Qué tendrías que comprobar: quién lo dijo y dónde se informó primero? ¿Qué acontecimiento de la cronología lo muestra? ¿La afirmación es exacta, imprecisa, errónea, sin respaldo o una opinión? Da tu razón antes de mostrar el veredicto.",
        "El artículo dice que el enfoque de los talibanes muestra «una estrategia calculada». ¿Qué tendrías que comprobar, y podría algún documento o noticia demostrar lo que pretendían los talibanes? ¿Qué acontecimiento de la cronología lo muestra? ¿La afirmación es exacta, imprecisa, errónea, sin respaldo o una opinión? Da tu razón antes de mostrar el veredicto.",
        "El artículo dice que el acuerdo de retirada lo alcanzó el «expresidente Trump». ¿Qué tendrías que comprobar: cuándo se firmó el acuerdo y qué cargo tenía Trump ese día y el día en que se publicó el artículo? ¿Qué acontecimiento de la cronología lo muestra? ¿La afirmación es exacta, imprecisa, errónea, sin respaldo o una opinión? Da tu razón antes de mostrar el veredicto.",
        "El artículo dice que la retirada fue caótica y estuvo marcada por sucesos trágicos en el aeropuerto de Kabul. ¿Qué tendrías que comprobar: qué pasó en el aeropuerto internacional Hamid Karzai en agosto de 2021 y qué cifras dan las fuentes? ¿Qué acontecimiento de la cronología lo muestra? ¿La afirmación es exacta, imprecisa, errónea, sin respaldo o una opinión? Da tu razón antes de mostrar el veredicto.",
        "El artículo dice que los talibanes hicieron un gesto de buena voluntad al «conseguir la liberación» de George Glezmann. ¿Qué tendrías que comprobar: quién lo retenía y quién negoció su liberación? ¿Qué acontecimiento de la cronología lo muestra? ¿La afirmación es exacta, imprecisa, errónea, sin respaldo o una opinión? Da tu razón antes de mostrar el veredicto.",
        "El artículo dice que Estados Unidos «reevaluó» las recompensas por miembros de la red Haqqani. ¿Qué tendrías que comprobar: qué pasó con las ofertas de recompensa, para quiénes, y qué dijo después Estados Unidos sobre esos hombres? ¿Qué acontecimiento de la cronología lo muestra? ¿La afirmación es exacta, imprecisa, errónea, sin respaldo o una opinión? Da tu razón antes de mostrar el veredicto.",
        "El artículo dice que los talibanes han establecido relaciones diplomáticas con China y los Emiratos Árabes Unidos. ¿Qué tendrías que comprobar: qué hizo cada país y si aceptar a un embajador es lo mismo que reconocer formalmente a un gobierno? ¿Qué acontecimiento de la cronología lo muestra? ¿La afirmación es exacta, imprecisa, errónea, sin respaldo o una opinión? Da tu razón antes de mostrar el veredicto.",
        "El artículo dice que Estados Unidos no ha reconocido formalmente al gobierno de los talibanes. ¿Qué tendrías que comprobar: qué ha dicho el propio gobierno de Estados Unidos, y cuándo? ¿Qué acontecimiento de la cronología lo muestra? ¿La afirmación es exacta, imprecisa, errónea, sin respaldo o una opinión? Da tu razón antes de mostrar el veredicto.",
      ],
    },
  },
  claims: {
    "seeking-ties": {
      explanation:
        "Después de que Donald Trump ganara las elecciones en noviembre de 2024, el Ministerio de Exteriores de los talibanes dijo que esperaba abrir un nuevo capítulo en las relaciones. Según CNN, funcionarios talibanes volvieron a pedir a Washington que otorgara el reconocimiento a su gobierno durante las conversaciones de marzo de 2025 en Kabul.",
    },
    "us-office": {
      explanation:
        "Las palabras pueden entenderse como una oficina estadounidense en Afganistán. La petición de la que informó CNN era al revés: una oficina de los talibanes dentro de Estados Unidos para atender a los afganos que viven allí, que no tendría por qué ser una embajada y podría estar fuera de Washington.",
    },
    "after-withdrawal": {
      explanation:
        "Los talibanes entraron en Kabul el 15 de agosto de 2021, mientras las fuerzas de Estados Unidos se retiraban, y el último vuelo militar de Estados Unidos despegó el 30 de agosto de 2021. Las conversaciones que describe el artículo llegaron a principios de 2025; los talibanes ya habían buscado mejores relaciones en las primeras conversaciones posteriores a la retirada, en Doha en octubre de 2021, donde Estados Unidos no les concedió el reconocimiento.",
    },
    "cautious-optimism": {
      explanation:
        "Esto describe el ambiente de las conversaciones, algo que ningún registro puede dirimir. Lo que consta en el registro público: el funcionario de Estados Unidos citado por CNN habló de un camino positivo, pero no descartó pasos negativos, y el secretario de Estado, Marco Rubio, calificó la liberación de George Glezmann de «paso positivo y constructivo», aunque señaló que seguía habiendo otros estadounidenses retenidos.",
    },
    "terrorist-concerns": {
      explanation:
        "Cuando se publicó el artículo, Washington seguía clasificando a los talibanes como entidad en la categoría de Terrorista Global Especialmente Designado (desde julio de 2002) y a la red Haqqani como Organización Terrorista Extranjera. A finales de marzo de 2025, el Departamento de Estado confirmó que estas designaciones seguían en vigor.",
    },
    "intensified-efforts": {
      explanation:
        "CNN, citando a personas conocedoras de las conversaciones, informó de que los talibanes intensificaron sus contactos en los primeros meses después de la investidura de Donald Trump, el 20 de enero de 2025. El 20 de marzo de 2025, el enviado especial para asuntos de rehenes, Adam Boehler, y el ex enviado especial Zalmay Khalilzad hicieron la primera visita conocida de funcionarios de Estados Unidos a Kabul desde 2021.",
    },
    exploratory: {
      explanation:
        "CNN citó a un funcionario de Estados Unidos no identificado que calificó las primeras conversaciones de exploratorias y cambiantes. Otros medios solo repiten lo que informó CNN al respecto.",
    },
    "not-imminent": {
      explanation:
        "El mismo funcionario habló de un camino positivo que Washington seguiría si los talibanes también lo seguían, y dijo que no se esperaba que hubiera pronto unas relaciones normales. El 4 de abril de 2025, el Departamento de Estado dijo que Estados Unidos no reconocía a nadie como gobierno de Afganistán.",
    },
    "recognize-government": {
      explanation:
        "CNN informó de que funcionarios talibanes volvieron a plantear el reconocimiento de su gobierno por parte de Estados Unidos en las conversaciones de marzo de 2025 en Kabul en torno a la liberación de George Glezmann.",
    },
    "office-in-the-us": {
      explanation:
        "CNN, citando a un funcionario de Estados Unidos y a una segunda persona conocedora de las conversaciones, informó de la petición de una oficina en Estados Unidos para asuntos de la comunidad afgana, no necesariamente una embajada. La propia versión de los talibanes sobre la reunión del 20 de marzo de 2025 dice que se habló de servicios consulares para los afganos en Estados Unidos; los detalles sobre la oficina se basan solo en CNN.",
    },
    "two-decades": {
      explanation:
        "Los talibanes tomaron Kabul el 15 de agosto de 2021, mientras la retirada estaba en marcha; el último vuelo de Estados Unidos salió el 30 de agosto de 2021 y puso fin a una presencia militar de Estados Unidos que había comenzado en 2001. Las muertes estadounidenses en la guerra se cifran entre 2.448 (Joe Biden, julio de 2021) y 2.461 (Kenneth McKenzie, 30 de agosto de 2021, incluidos los civiles del Pentágono).",
    },
    "calculated-strategy": {
      explanation:
        "Si los pasos de los talibanes equivalen a una estrategia calculada es un juicio sobre intenciones que ningún registro puede dirimir. El registro público muestra los pasos en sí: la esperanza de un nuevo capítulo tras la elección de Donald Trump en noviembre de 2024, la liberación de George Glezmann el 20 de marzo de 2025 y las peticiones de reconocimiento.",
    },
    "former-president": {
      explanation:
        "Donald Trump era el presidente en ejercicio cuando su enviado especial Zalmay Khalilzad y Abdul Ghani Baradar, de los talibanes, firmaron el Acuerdo de Doha el 29 de febrero de 2020, en el último año de su primer mandato. Volvía a ser presidente cuando se publicó el artículo, en abril de 2025.",
    },
    "withdrawal-in-2021": {
      explanation:
        "El Acuerdo de Doha daba 14 meses, hasta el 1 de mayo de 2021, para que salieran todas las tropas de Estados Unidos y de sus aliados. Joe Biden trasladó la fecha al 11 de septiembre (lo anunció el 14 de abril de 2021) y después al 31 de agosto (el 8 de julio de 2021); el último vuelo de Estados Unidos salió de Kabul el 30 de agosto de 2021.",
    },
    "security-forces-collapse": {
      explanation:
        "Zaranj, la primera capital de provincia en caer, fue tomada el 6 de agosto de 2021; en aproximadamente una semana, los talibanes controlaban la mitad de las capitales de provincia, mientras las fuerzas regulares afganas a menudo cedían o huían; los talibanes entraron en Kabul el 15 de agosto.",
    },
    "chaotic-withdrawal": {
      explanation:
        "Del 14 al 30 de agosto de 2021, más de 120.000 personas fueron sacadas en avión del aeropuerto internacional Hamid Karzai de Kabul (más de 122.000 o 123.000 según los recuentos del Pentágono del 30 de agosto; 124.000 según el de Antony Blinken del 13 de septiembre). El 26 de agosto, un atacante suicida del Estado Islámico-Jorasán (ISIS-K) mató en la puerta Abbey a 13 militares de Estados Unidos y a unos 170 afganos, y el 29 de agosto un ataque con dron de Estados Unidos en Kabul mató a 10 civiles; el artículo no da ninguna de estas cifras.",
    },
    "securing-release": {
      explanation:
        "La propia Dirección General de Inteligencia de los talibanes retenía a George Glezmann desde diciembre de 2022, así que los talibanes no consiguieron su liberación: lo liberaron ellos, el 20 de marzo de 2025. La liberación se produjo tras conversaciones en Kabul con Adam Boehler y Zalmay Khalilzad, con la mediación de Catar; el Ministerio de Exteriores de los talibanes la calificó de gesto de buena voluntad.",
    },
    "cautious-progress": {
      explanation:
        "Marco Rubio calificó la liberación de «paso positivo y constructivo» y, en la misma declaración, dijo que otros estadounidenses seguían detenidos en Afganistán. El Ministerio de Exteriores de los talibanes dijo que la liberación mostraba su disposición a tratar con Washington sobre la base del respeto mutuo.",
    },
    "reassessed-bounties": {
      explanation:
        "Las ofertas se retiraron, no solo se revisaron: se eliminaron las ofertas del programa Recompensas por la Justicia del Departamento de Estado por Sirajuddin Haqqani (10 millones de dólares) y por Abdul Aziz Haqqani y Yahya Haqqani (5 millones cada uno), 20 millones de dólares en total, como anunció el Ministerio del Interior de los talibanes el 22 o el 23 de marzo de 2025 (las noticias difieren sobre el día). Los tres hombres siguieron figurando en la categoría de Terrorista Global Especialmente Designado.",
    },
    "concessions-on-both-sides": {
      explanation:
        "Washington no dio ninguna razón pública para retirar las recompensas dos días después de la liberación de George Glezmann y nunca lo presentó como una contrapartida por él; el vínculo lo establecen funcionarios talibanes y comentaristas. AP informó de que no se entregó a ningún preso a cambio de George Glezmann.",
    },
    "gradual-normalization": {
      explanation:
        "Esto interpreta las intenciones de ambas partes, algo que ningún registro puede dirimir. Lo que consta en el registro público: el funcionario de Estados Unidos citado por CNN habló de un camino positivo si los talibanes lo recorrían y dijo que no se esperaba que hubiera pronto unas relaciones normales, mientras que AP informó de que los talibanes describieron la liberación de estadounidenses como parte de una «normalización» de las relaciones.",
    },
    transactional: {
      explanation:
        "Los talibanes cortejaron abiertamente a Donald Trump: Zalmay Khalilzad escribió que liberaron a George Glezmann como gesto de buena voluntad hacia el presidente y el pueblo estadounidense. Ni el texto disponible de CNN ni otras noticias describen una relación transaccional que favorezca a Donald Trump.",
    },
    "timing-releases": {
      explanation:
        "La única liberación registrada que podría encajar es el canje de prisioneros de Ryan Corbett y William McKenty por Khan Mohammed en la noche de la investidura de Donald Trump (20 de enero de 2025 en Estados Unidos, 21 de enero en Kabul). Ese acuerdo se cerró bajo Joe Biden, y ninguna noticia muestra quién eligió el momento ni por qué.",
    },
    "designations-kept": {
      explanation:
        "A finales de marzo de 2025, el Departamento de Estado dijo que Sirajuddin Haqqani, Abdul Aziz Haqqani y Yahya Haqqani seguían en la categoría de Terrorista Global Especialmente Designado y que la red Haqqani seguía siendo una Organización Terrorista Extranjera. Los propios talibanes son una entidad en la categoría de Terrorista Global Especialmente Designado desde julio de 2002, aunque no figuran en la lista de Organizaciones Terroristas Extranjeras (FTO).",
    },
    "official-warnings": {
      explanation:
        "Hay advertencias registradas, como el mensaje de Marco Rubio del 25 de enero de 2025 en el que amenazaba con una recompensa muy grande por los líderes de los talibanes si había más estadounidenses retenidos. Pero se refieren a estadounidenses detenidos, mientras que las designaciones son inclusiones legales en listas hechas años antes (los talibanes en 2002, la red Haqqani en 2012); ninguna de las dos cosas demuestra la otra.",
    },
    "prisoners-and-aid": {
      explanation:
        "La parte de los presos coincide con el registro público: en noviembre de 2024, los talibanes pidieron a Muhammad Rahim al Afgani, detenido en Guantánamo, y a otros dos presos a cambio de Ryan Corbett y George Glezmann. En cuanto al dinero, el registro público muestra que los talibanes reclamaban las propias reservas congeladas del banco central de Afganistán (unos 7.000 millones de dólares retenidos en Estados Unidos) desde las conversaciones de Doha de octubre de 2021, en las que también se habló de ayuda humanitaria; ninguna noticia citada muestra una petición de ayuda financiera en las conversaciones de 2024-2025.",
    },
    "china-and-uae": {
      explanation:
        "China (30 de enero de 2024) y los Emiratos Árabes Unidos (21 de agosto de 2024) aceptaron a embajadores de los talibanes, pero ninguno de los dos reconoció formalmente al gobierno de los talibanes. Cuando se publicó el artículo, ningún país lo había hecho; Rusia fue el primero, el 3 de julio de 2025.",
    },
    "no-us-recognition": {
      explanation:
        "Estados Unidos no ha reconocido al gobierno de los talibanes. El 4 de abril de 2025, el Departamento de Estado dijo que no reconocía a nadie como gobierno de Afganistán y que no tenía previsto reabrir su embajada en Kabul, cerrada desde agosto de 2021.",
    },
    "embassy-in-washington": {
      explanation:
        "CNN informó de la petición de una oficina que no tendría por qué ser una embajada y podría estar fuera de Washington; fue el portavoz de los talibanes Zabihullah Mujahid quien dijo el 25 de marzo de 2025 que habían pedido la embajada de Afganistán en Washington. El 4 de abril, el Consejo de Seguridad Nacional dijo que no se habían asumido compromisos sobre esa embajada.",
    },
    "us-caution": {
      explanation:
        "El funcionario de Estados Unidos citado por CNN calificó las conversaciones de exploratorias y dijo que unas relaciones normales no estaban cerca, las designaciones terroristas siguieron en vigor y el 4 de abril de 2025 el Departamento de Estado dijo que no reconocía a nadie como gobierno de Afganistán.",
    },
    "both-sides-leverage": {
      explanation:
        "Es una lectura de la relación que ningún registro puede dirimir. El registro público muestra con qué podía negociar cada parte: los talibanes retenían a estadounidenses, mientras que Estados Unidos tenía ofertas de recompensa, designaciones terroristas y la amenaza de recompensas de Marco Rubio.",
    },
    "willing-to-normalize": {
      explanation:
        "El Ministerio de Exteriores de los talibanes calificó la liberación de George Glezmann de gesto de buena voluntad que demostraba que estaba dispuesto a tratar con Washington, y AP informó de que los talibanes describían esas liberaciones como parte de la normalización de las relaciones. El funcionario de Estados Unidos citado por CNN dijo que no se esperaba que hubiera pronto unas relaciones normales.",
    },
  },
};
