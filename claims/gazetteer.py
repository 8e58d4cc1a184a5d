"""Small general gazetteers for the entity chunker: countries, Indonesian provinces, big
cities, cue words of organisations and places, titles of people, and capitalised words that
are not names. General knowledge only; kept lower-case, compared lower-case."""
from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    return frozenset(line.strip().lower() for line in text.strip().splitlines() if line.strip())


COUNTRIES = _set("""
Afghanistan\nAfganistan\nAlbania\nAljazair\nAlgeria\nAngola\nArgentina\nArmenia\nAustralia\nAustria
Azerbaijan\nAzerbaijan\nBahrain\nBangladesh\nBelarus\nBelanda\nNetherlands\nBelgia\nBelgium\nBolivia
Bosnia\nBrasil\nBrazil\nBrunei\nBrunei Darussalam\nBulgaria\nKamboja\nCambodia\nKamerun\nCameroon
Kanada\nCanada\nChad\nChile\nCile\nChina\nTiongkok\nCina\nKolombia\nColombia\nKongo\nCongo\nKroasia
Croatia\nKuba\nCuba\nSiprus\nCyprus\nCeko\nCzechia\nCzech Republic\nDenmark\nDenmark\nEkuador\nEcuador
Mesir\nEgypt\nEl Salvador\nEstonia\nEthiopia\nEtiopia\nFiji\nFinlandia\nFinland\nPrancis\nPerancis
France\nGeorgia\nJerman\nGermany\nGhana\nYunani\nGreece\nGuatemala\nHaiti\nHonduras\nHong Kong
Hungaria\nHungary\nIslandia\nIceland\nIndia\nIndonesia\nIran\nIrak\nIraq\nIrlandia\nIreland\nIsrael
Italia\nItaly\nJamaika\nJamaica\nJepang\nJapan\nYordania\nJordan\nKazakhstan\nKazakstan\nKenya
Korea\nKorea Selatan\nKorea Utara\nSouth Korea\nNorth Korea\nKosovo\nKuwait\nKirgistan\nKyrgyzstan
Laos\nLatvia\nLebanon\nLibanon\nLibya\nLibia\nLituania\nLithuania\nLuksemburg\nLuxembourg\nMalaysia
Maladewa\nMaldives\nMali\nMalta\nMeksiko\nMexico\nMoldova\nMongolia\nMontenegro\nMaroko\nMorocco
Mozambik\nMozambique\nMyanmar\nBurma\nNamibia\nNepal\nSelandia Baru\nNew Zealand\nNikaragua
Nicaragua\nNiger\nNigeria\nNorwegia\nNorway\nOman\nPakistan\nPalestina\nPalestine\nPanama
Papua Nugini\nPapua New Guinea\nParaguay\nPeru\nFilipina\nPhilippines\nPolandia\nPoland\nPortugal
Qatar\nKatar\nRumania\nRomania\nRusia\nRussia\nRwanda\nArab Saudi\nSaudi Arabia\nSaudi\nSenegal
Serbia\nSingapura\nSingapore\nSlovakia\nSlovenia\nSomalia\nAfrika Selatan\nSouth Africa\nSpanyol
Spain\nSri Lanka\nSudan\nSudan Selatan\nSouth Sudan\nSuriname\nSwedia\nSweden\nSwiss\nSwitzerland
Suriah\nSyria\nTaiwan\nTajikistan\nTanzania\nThailand\nTimor Leste\nTimor-Leste\nTunisia\nTurki
Turkey\nTurkiye\nTurkmenistan\nUganda\nUkraina\nUkraine\nUni Emirat Arab\nUnited Arab Emirates
Inggris\nBritania Raya\nUnited Kingdom\nBritain\nGreat Britain\nEngland\nScotland\nSkotlandia
Wales\nAmerika Serikat\nAmerika\nUnited States\nUnited States of America\nUSA\nUS\nAS\nUruguay
Uzbekistan\nVenezuela\nVietnam\nViet Nam\nYaman\nYemen\nZambia\nZimbabwe\nVatikan\nVatican\nGaza
Gaza Strip\nJalur Gaza\nTepi Barat\nWest Bank\nUni Soviet\nSoviet Union\nSoviet\nEropa\nEurope\nAsia
Afrika\nAfrica\nTimur Tengah\nMiddle East\nAsia Tenggara\nSoutheast Asia
""")

PROVINCES = _set("""
Aceh\nSumatera Utara\nSumatra Utara\nNorth Sumatra\nSumatera Barat\nSumatra Barat\nWest Sumatra
Riau\nKepulauan Riau\nJambi\nSumatera Selatan\nSumatra Selatan\nSouth Sumatra\nBangka Belitung
Kepulauan Bangka Belitung\nBengkulu\nLampung\nDKI Jakarta\nJakarta\nBanten\nJawa Barat\nWest Java
Jawa Tengah\nCentral Java\nJawa Timur\nEast Java\nDI Yogyakarta\nDIY\nYogyakarta\nBali
Nusa Tenggara Barat\nNTB\nNusa Tenggara Timur\nNTT\nKalimantan Barat\nKalimantan Tengah
Kalimantan Selatan\nKalimantan Timur\nKalimantan Utara\nSulawesi Utara\nSulawesi Tengah
Sulawesi Selatan\nSulawesi Tenggara\nSulawesi Barat\nGorontalo\nMaluku\nMaluku Utara\nPapua
Papua Barat\nPapua Tengah\nPapua Pegunungan\nPapua Selatan\nPapua Barat Daya\nSumatera\nSumatra
Jawa\nJava\nKalimantan\nBorneo\nSulawesi\nMadura\nLombok\nFlores
""")

CITIES = _set("""
Jakarta\nJakarta Pusat\nJakarta Utara\nJakarta Barat\nJakarta Selatan\nJakarta Timur\nSurabaya
Bandung\nMedan\nSemarang\nMakassar\nPalembang\nDenpasar\nBogor\nDepok\nTangerang\nBekasi\nMalang
Solo\nSurakarta\nPadang\nPekanbaru\nBatam\nBalikpapan\nSamarinda\nPontianak\nBanjarmasin\nManado
Jayapura\nKupang\nMataram\nAmbon\nKendari\nPalu\nJambi\nBengkulu\nSerang\nCirebon\nTasikmalaya
Bukittinggi\nPadang Panjang\nLondon\nParis\nBerlin\nMadrid\nRoma\nRome\nMoskow\nMoscow\nKyiv\nKiev
Beijing\nShanghai\nTokyo\nSeoul\nPyongyang\nBangkok\nManila\nHanoi\nKuala Lumpur\nNew Delhi\nDelhi
Mumbai\nKarachi\nIslamabad\nKabul\nTeheran\nTehran\nBaghdad\nBagdad\nDamaskus\nDamascus\nBeirut
Yerusalem\nJerusalem\nTel Aviv\nKairo\nCairo\nDoha\nRiyadh\nDubai\nAbu Dhabi\nIstanbul\nAnkara
Washington\nWashington DC\nNew York\nLos Angeles\nChicago\nSydney\nMelbourne\nCanberra
Almaty\nAstana\nMinsk\nWarsawa\nWarsaw\nWina\nVienna\nBrussel\nBrussels\nJenewa\nGeneva\nDen Haag
The Hague\nAmsterdam\nKota Gaza\nGaza City\nRafah\nKhan Younis\nDonetsk\nLuhansk\nKharkiv\nOdesa
Mariupol\nCrimea\nKrimea\nHong Kong\nSingapura\nMekkah\nMakkah\nMecca\nMadinah\nMedina
""")
PLACES = COUNTRIES | PROVINCES | CITIES

DEMONYMS = _set("""
Palestinians\nPalestinian\nIsraeli\nIsraelis\nRussian\nRussians\nUkrainian\nUkrainians\nAmerican
Americans\nIndonesian\nIndonesians\nChinese\nJapanese\nBritish\nFrench\nGerman\nGermans\nIranian
Iranians\nEgyptian\nEgyptians\nQatari\nSaudi\nTurkish\nIndian\nPakistani\nMalaysian\nMalaysians
""")

ORG_CUES = _set("""
Kementerian\nKemenkes\nKemenlu\nBadan\nKomisi\nPartai\nDewan\nMajelis\nPengadilan\nMahkamah
Kejaksaan\nKejati\nKejari\nKepolisian\nPolda\nPolres\nPolsek\nPolri\nBank\nUniversitas\nInstitut
Lembaga\nDinas\nPemerintah\nPemkab\nPemprov\nPemkot\nKorps\nSatuan\nSatgas\nYayasan\nPT\nCV\nTbk
Ministry\nCouncil\nUniversity\nAgency\nCommission\nDepartment\nBureau\nCourt\nParty\nOrganization
Organisation\nAssociation\nInstitute\nCommittee\nCompany\nCorporation\nInc\nLtd\nGroup\nFund
Federation\nUnion\nFoundation\nNations\nForces\nArmy\nNavy\nPolice\nFC\nUnited\nClub\nKlub\nPersatuan
Asosiasi\nFederasi\nSerikat\nOrganisasi\nKantor Berita\nAnalytics\nTimes\nPost\nNews
Jaksa\nJaksa Penuntut Umum\nKoalisi\nAliansi\nAlliance\nTentara\nAngkatan\nMarkas Besar
""")
# Organisation cues that name no body when they stand alone: "Pemerintah menaikkan …", "said
# the Ministry" (which government, which ministry?). A contracted name ("Polri", "Kemenkes",
# "Pemkot") names one body and is not here, nor is a service a country has one of
# ("Kejaksaan", "Kepolisian").
GENERIC_ORG_HEADS = _set("""
Kementerian\nBadan\nKomisi\nPartai\nDewan\nMajelis\nPengadilan\nMahkamah
Bank\nUniversitas\nInstitut\nLembaga\nDinas\nPemerintah\nKorps\nSatuan\nYayasan\nMinistry\nCouncil
University\nAgency\nCommission\nDepartment\nBureau\nCourt\nParty\nOrganization\nOrganisation
Association\nInstitute\nCommittee\nCompany\nCorporation\nGroup\nFund\nFederation\nUnion\nFoundation
Forces\nArmy\nNavy\nPolice\nClub\nKlub\nPersatuan\nAsosiasi\nFederasi\nSerikat\nOrganisasi\nJaksa
Koalisi\nAliansi\nAlliance\nTentara\nAngkatan
""")
PLACE_CUES = _set("""
Kota\nKabupaten\nProvinsi\nDesa\nKelurahan\nKecamatan\nDistrik\nGunung\nMount\nPulau\nKepulauan
Sungai\nDanau\nJalan\nJl\nJl.\nTeluk\nSelat\nLaut\nLake\nRiver\nIsland\nIslands\nProvince\nCity
District\nRegency\nStadion\nStadium\nBandara\nAirport\nPelabuhan\nPort\nIstana\nPalace\nHotel
Rumah Sakit\nRS\nHospital\nStrait\nSea\nGulf\nValley\nLembah\nKampung\nDusun\nRepublik\nRepublic\nKerajaan\nKingdom\nKesultanan
""")

# Words of laws, budgets and treaties: like organisation cues, they let "dan"/"and" join a
# name ("Rancangan Anggaran Pendapatan dan Belanja Daerah").
LAW_CUES = _set("""
Undang-Undang\nPeraturan\nRancangan\nAnggaran\nKeputusan\nInstruksi\nPerjanjian\nKesepakatan
Act\nLaw\nBill\nTreaty\nConvention\nAgreement\nAccord\nProtocol\nCharter\nDeclaration
""")

# Titles written before a name; dropped from the entity ("Presiden Prancis Jean Dupont").
TITLES = _set("""
Presiden\nWakil Presiden\nWapres\nMenteri\nMenko\nGubernur\nWakil Gubernur\nBupati\nWakil Bupati
Wali Kota\nWalikota\nWakil\nKapolri\nKapolda\nKapolres\nKepala\nKetua\nWakil Ketua\nSekretaris
Direktur\nDirut\nJenderal\nJend.\nJenderal TNI\nBrigjen\nIrjen\nKombes\nAKBP\nAKP\nIptu\nBharada
Bripda\nBrigadir\nBrigpol\nLetnan\nLetjen\nMayjen\nKolonel\nMayor\nKapten\nSersan\nKopral\nPrajurit
Dr.\ndr.\nProf.\nIr.\nH.\nHj.\nKH\nKH.\nUstaz\nUstadz\nPak\nBu\nIbu\nBapak\nSdr.\nTn.\nNy.\nMr.\nMrs.
Ms.\nMiss\nSir\nLord\nKing\nQueen\nPrince\nPrincess\nPope\nPaus\nRaja\nRatu\nPangeran\nSultan
Sheikh\nSyekh\nRev.\nPresident\nVice President\nPrime Minister\nPerdana Menteri\nPM\nMinister
Secretary\nGovernor\nMayor\nSenator\nJudge\nHakim\nGeneral\nGen.\nCol.\nCapt.\nLt.\nSgt.\nChief
Juru Bicara\nJubir\nSpokesman\nSpokeswoman\nSpokesperson\nCEO\nPelatih\nCoach\nKapten Tim
Terdakwa\nTersangka\nSaksi\nKomisioner\nAnggota\nDirektur Jenderal\nDirjen\nPlt\nPlt.\nPj\nPj.
""")

# Capitalised at the start of a sentence, but not names.
NOT_NAMES = _set("""
Selain\nKemudian\nNamun\nSementara\nSementara itu\nAdapun\nPada\nDi\nDalam\nDari\nKe\nUntuk
Dengan\nMenurut\nSaat\nKetika\nSetelah\nSebelum\nSejak\nHingga\nSampai\nIni\nItu\nHal\nPara
Sebanyak\nSekitar\nHampir\nLebih\nKami\nKita\nSaya\nIa\nDia\nMereka\nAnda\nBeliau\nYang\nDan\nAtau
Tetapi\nTapi\nJadi\nMaka\nOleh\nKarena\nAgar\nJika\nBila\nApabila\nMeski\nMeskipun\nWalaupun
Bahkan\nAkan\nSudah\nTelah\nMasih\nJuga\nHanya\nSemua\nSeluruh\nSetiap\nTiap\nBerdasarkan\nTerkait
Sedangkan\nSelanjutnya\nSebelumnya\nAkhirnya\nKini\nSekarang\nTak\nTidak\nBelum\nAda\nApa\nSiapa
Mengapa\nBagaimana\nKapan\nDimana\nDi mana\nBaca\nBaca juga\nFoto\nSumber\nSimak\nADVERTISEMENT
The\nA\nAn\nHowever\nMeanwhile\nIn\nOn\nAt\nAfter\nBefore\nWhen\nWhile\nThis\nThat\nThese\nThose
It\nHe\nShe\nThey\nWe\nI\nYou\nBut\nAnd\nOr\nSo\nAccording\nIts\nHis\nHer\nTheir\nOur\nMy\nThere
Some\nMany\nMost\nAll\nOne\nAnother\nOther\nAs\nFor\nFrom\nWith\nBy\nIf\nAlso\nThen\nThus\nYet
Since\nUntil\nDuring\nOnce\nEarlier\nLater\nNow\nToday\nYesterday\nTomorrow\nHere\nWhat\nWho\nWhy
How\nWhere\nMonday\nTuesday\nWednesday\nThursday\nFriday\nSaturday\nSunday\nSenin\nSelasa\nRabu
Kamis\nJumat\nSabtu\nMinggu\nJanuari\nFebruari\nMaret\nApril\nMei\nJuni\nJuli\nAgustus\nSeptember
Oktober\nNovember\nDesember\nJanuary\nFebruary\nMarch\nMay\nJune\nJuly\nAugust\nOctober\nDecember
Kemarin\nHari\nPekan\nBulan\nTahun\nWIB\nWITA\nWIT\nGMT\nUTC\nMr\nMrs\nDr\nPer\nRp\nUS$\nSebagai\nSebuah\nSeorang
""")
# Acronyms of common nouns (indicators, units, events), not named entities.
COMMON_ACRONYMS = _set("""
CPI\nIHK\nGDP\nPDB\nBBM\nYOY\nMTM\nYTD\nWIB\nWITA\nWIT\nGMT\nUTC\nPHK\nOTT\nUMKM\nHIV\nAIDS\nKTP
SIM\nNIK\nPPN\nPPh\nAPBN\nAPBD\nHAM\nCCTV\nSMS\nPDF\nTV\nAC\nATM\nSD\nSMP\nSMA\nSMK\nRT\nRW\nKM
""")
# Names that take a number or year as part of them ("Liga 1", "APBN 2022", "Pilkada ... 2024").
NUMBERED_NAMES = _set("""
Liga\nPilkada\nPemilu\nPilpres\nPileg\nPilgub\nAPBN\nAPBD\nPiala\nOlimpiade\nOlympics\nFormula
Undang-Undang\nUU\nGames\nCup\nCOP\nSEA Games\nAsian Games\nWorld Cup\nExpo\nSummit\nPON\nKTT
""")
