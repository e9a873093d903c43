#!/usr/bin/env python3
"""Generate data/dict/khaldun.verbs.txt: Khaldun's CAMEO verb dictionary in the
PETRARCH2 (CAMEO.2.0) syntax.

Written by the Khaldun project from the CAMEO code definitions (code names in
CAMEO.eventcodes.txt, descriptions in the PLOVER/CAMEO manuals); it copies no
other dictionary.  Irregular verb forms: WordNet's verb.exc (Debian package
wordnet-base, WordNet licence), see tools/verbforms.py.

Structure of the data below:
  SYNSETS      &LABEL -> words (the reader adds regular plurals unless the label ends in _)
  OBJECTS      object kinds -> (direct-object pattern, (FOR ...) pattern) fragments
  FAMILIES     for the appeal (02), intent (03), demand (10) and reject (12)
               families: object kind -> CAMEO code
  BLOCKS       verb blocks: name, default code, verbs, explicit patterns, families used
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verbforms import load_exc, forms  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

SYNSETS = [
    ('&AID', ['AID', 'ASSISTANCE', 'HELP']),
    ('&MONEY', ['MONEY', 'FUNDS', 'FUNDING', 'LOAN', 'CREDIT', 'GRANT', 'CASH', 'FINANCING']),
    ('&WEAPON', ['WEAPON', 'ARMS', 'MISSILE', 'ROCKET', 'AMMUNITION', 'TANK', 'DRONE', 'GUN', 'RIFLE',
                 'ARTILLERY', 'WARPLANE', 'HELICOPTER', 'MUNITION', 'WEAPONRY', 'ARMOUR', 'ARMOR']),
    ('&FIGHTER', ['FIGHTER', 'MERCENARY', 'COMBATANT', 'MILITIAMAN', 'JIHADIST', 'MILITANT']),
    ('&FOOD', ['FOOD', 'WHEAT', 'GRAIN', 'RICE', 'FLOUR', 'MEDICINE', 'VACCINE', 'WATER', 'FUEL',
               'TENT', 'BLANKET', 'RELIEF', 'RATION']),
    ('&PRISONER', ['PRISONER', 'DETAINEE', 'HOSTAGE', 'CAPTIVE', 'POW', 'INMATE', 'DISSIDENT', 'ABDUCTEE']),
    ('&TALKS', ['TALKS', 'NEGOTIATION', 'DIALOGUE', 'CONSULTATION', 'DISCUSSION']),
    ('&CEASEFIRE', ['CEASEFIRE', 'CEASE-FIRE', 'TRUCE', 'ARMISTICE', 'HUMANITARIAN_PAUSE']),
    ('&AGREEMENT', ['AGREEMENT', 'ACCORD', 'TREATY', 'DEAL', 'PACT', 'MEMORANDUM', 'CONVENTION',
                    'PROTOCOL', 'ARRANGEMENT']),
    ('&SANCTION', ['SANCTION', 'EMBARGO', 'BOYCOTT']),
    ('&RIGHTS_', ['RIGHTS', 'RIGHT', 'FREEDOM', 'FREEDOMS', 'LIBERTY', 'LIBERTIES']),
    ('&WITHDRAWAL', ['WITHDRAWAL', 'DEPARTURE', 'PULLOUT', 'PULL-OUT', 'EXIT', 'REPATRIATION', 'EXPULSION']),
    ('&REFORM', ['REFORM', 'DEMOCRATIZATION', 'DEMOCRATISATION', 'LIBERALIZATION']),
    ('&ELECTION', ['ELECTION', 'POLL', 'VOTE']),
    ('&MEDIATION', ['MEDIATION', 'ARBITRATION']),
    ('&SETTLEMENT', ['SETTLEMENT', 'PEACE', 'RECONCILIATION', 'SOLUTION']),
    ('&PROTEST', ['PROTEST', 'DEMONSTRATION', 'RALLY', 'MARCH', 'SIT-IN', 'UNREST', 'DISSENT']),
    ('&INSPECTOR', ['INSPECTOR', 'OBSERVER', 'MONITOR', 'INVESTIGATOR']),
    ('&MILITARY', ['MILITARY', 'ARMY', 'TROOP', 'SOLDIER', 'FORCE', 'NAVY', 'WARSHIP', 'MARINE',
                   'PARATROOPER', 'BATTALION', 'BRIGADE', 'UNIT', 'RESERVIST']),
    ('&DIPLOMAT', ['DIPLOMAT', 'AMBASSADOR', 'ENVOY', 'ATTACHE', 'CONSUL', 'EMISSARY']),
    ('&ACCUSATION', ['ACCUSATION', 'ALLEGATION', 'CLAIM', 'CHARGE', 'REPORT']),
    ('&REQUEST', ['REQUEST', 'CALL', 'DEMAND', 'APPEAL', 'PLEA', 'BID']),
    ('&DEMAND', ['DEMAND', 'CONDITION', 'REQUEST', 'REQUIREMENT']),
    ('&PLACE', ['TOWN', 'CITY', 'VILLAGE', 'TERRITORY', 'AREA', 'REGION', 'PROVINCE', 'DISTRICT',
                'BASE', 'AIRPORT', 'PORT', 'HILL', 'POSITION', 'STRONGHOLD', 'OUTPOST', 'CAPITAL']),
    ('&PROPERTY', ['PROPERTY', 'ASSET', 'LAND', 'FARM', 'HOUSE', 'HOME', 'BUILDING', 'FACTORY', 'COMPANY']),
    ('&MEDIA', ['NEWSPAPER', 'MEDIA', 'STATION', 'CHANNEL', 'WEBSITE', 'BROADCASTER', 'JOURNALIST']),
    ('&PARTY', ['PARTY', 'OPPOSITION', 'CANDIDATE', 'POLITICIAN', 'MOVEMENT']),
    ('&TIES', ['TIES', 'RELATIONS', 'PARTNERSHIP', 'COOPERATION', 'CO-OPERATION', 'LINKS', 'FRIENDSHIP',
               'COLLABORATION', 'ALLIANCE', 'RELATIONSHIP']),
    ('&BETTER', ['DEEPEN', 'STRENGTHEN', 'BOLSTER', 'ENHANCE', 'EXPAND', 'BOOST', 'IMPROVE', 'DEVELOP',
                 'PROMOTE', 'FOSTER', 'RESTORE', 'NORMALIZE', 'NORMALISE', 'BROADEN', 'UPGRADE', 'REVIVE']),
    ('&WMD', ['NUCLEAR_WEAPON', 'CHEMICAL_WEAPON', 'BIOLOGICAL_WEAPON', 'WMD', 'NERVE_AGENT', 'SARIN']),
]

# kind -> list of (direct object fragment, (FOR ...) fragment)
OBJECTS = {
    'econcoop': [('{ECONOMIC COOPERATION}', '(FOR {ECONOMIC COOPERATION})'), ('TRADE', '(FOR TRADE)'),
                 ('INVESTMENT', '(FOR INVESTMENT)'), ('{ECONOMIC TIES}', '(FOR {ECONOMIC TIES})')],
    'milcoop': [('{MILITARY COOPERATION}', '(FOR {MILITARY COOPERATION})'),
                ('{SECURITY COOPERATION}', '(FOR {SECURITY COOPERATION})'),
                ('{DEFENCE COOPERATION}', '(FOR {DEFENCE COOPERATION})'),
                ('{DEFENSE COOPERATION}', '(FOR {DEFENSE COOPERATION})'), ('ALLIANCE', '(FOR ALLIANCE)')],
    'judcoop': [('EXTRADITION', '(FOR EXTRADITION)'), ('{JUDICIAL COOPERATION}', '(FOR {JUDICIAL COOPERATION})'),
                ('{LEGAL ASSISTANCE}', '(FOR {LEGAL ASSISTANCE})')],
    'intel': [('INTELLIGENCE', '(FOR INTELLIGENCE)'), ('{INTELLIGENCE SHARING}', '(FOR {INTELLIGENCE SHARING})')],
    'support': [('SUPPORT', '(FOR SUPPORT)'), ('BACKING', '(FOR BACKING)'), ('ENDORSEMENT', '(FOR ENDORSEMENT)')],
    'aid': [('&AID', '(FOR &AID)')],
    'econaid': [('{ECONOMIC AID}', '(FOR {ECONOMIC AID})'), ('{FINANCIAL AID}', '(FOR {FINANCIAL AID})'),
                ('{FINANCIAL ASSISTANCE}', '(FOR {FINANCIAL ASSISTANCE})'),
                ('{ECONOMIC ASSISTANCE}', '(FOR {ECONOMIC ASSISTANCE})'), ('&MONEY', '(FOR &MONEY)')],
    'milaid': [('{MILITARY AID}', '(FOR {MILITARY AID})'), ('{MILITARY ASSISTANCE}', '(FOR {MILITARY ASSISTANCE})'),
               ('&WEAPON', '(FOR &WEAPON)'), ('{MILITARY EQUIPMENT}', '(FOR {MILITARY EQUIPMENT})'),
               ('{MILITARY SUPPLIES}', '(FOR {MILITARY SUPPLIES})')],
    'humaid': [('{HUMANITARIAN AID}', '(FOR {HUMANITARIAN AID})'),
               ('{HUMANITARIAN ASSISTANCE}', '(FOR {HUMANITARIAN ASSISTANCE})'),
               ('{RELIEF AID}', '(FOR {RELIEF AID})'), ('&FOOD', '(FOR &FOOD)')],
    'protect': [('PROTECTION', '(FOR PROTECTION)'), ('PEACEKEEPER', '(FOR PEACEKEEPER)'),
                ('{PEACEKEEPING FORCE}', '(FOR {PEACEKEEPING FORCE})'), ('PEACEKEEPING', '(FOR PEACEKEEPING)')],
    'reform': [('&REFORM', '(FOR &REFORM)')],
    'leader': [('RESIGNATION', '(FOR RESIGNATION)'), ('&ELECTION', '(FOR &ELECTION)'),
               ('OUSTER', '(FOR OUSTER)')],
    'policy': [('{POLICY CHANGE}', '(FOR {POLICY CHANGE})'), ('REVERSAL', '(FOR REVERSAL)')],
    'rights': [('&RIGHTS_', '(FOR &RIGHTS_)')],
    'regime': [('{REGIME CHANGE}', '(FOR {REGIME CHANGE})'), ('{CONSTITUTIONAL REFORM}', '(FOR {CONSTITUTIONAL REFORM})'),
               ('TRANSITION', '(FOR TRANSITION)')],
    'yield': [('CONCESSION', '(FOR CONCESSION)'), ('COMPROMISE', '(FOR COMPROMISE)')],
    'easeadmin': [('LIFTING (OF CURFEW)', '(FOR LIFTING) (OF CURFEW)'),
                  ('EASING (OF RESTRICTION)', '(FOR EASING) (OF RESTRICTION)'),
                  ('LIFTING (OF RESTRICTION)', '(FOR LIFTING) (OF RESTRICTION)')],
    'easedissent': [('CALM', '(FOR CALM)'), ('END (OF &PROTEST)', '(FOR END) (TO &PROTEST)')],
    'release': [('RELEASE', '(FOR RELEASE)'), ('FREEDOM (FOR &PRISONER)', '(FOR FREEDOM) (FOR &PRISONER)')],
    'easesanction': [('LIFTING (OF &SANCTION)', '(FOR LIFTING) (OF &SANCTION)'),
                     ('EASING (OF &SANCTION)', '(FOR EASING) (OF &SANCTION)')],
    'intlinv': [('ACCESS', '(FOR ACCESS)'), ('&INSPECTOR', '(FOR &INSPECTOR)'),
                ('{HUMANITARIAN ACCESS}', '(FOR {HUMANITARIAN ACCESS})')],
    'deesc': [('RESTRAINT', '(FOR RESTRAINT)'), ('DE-ESCALATION', '(FOR DE-ESCALATION)'),
              ('END (TO FIGHTING)', '(FOR END) (TO FIGHTING)'), ('END (TO VIOLENCE)', '(FOR END) (TO VIOLENCE)')],
    'ceasefire': [('&CEASEFIRE', '(FOR &CEASEFIRE)')],
    'withdraw': [('&WITHDRAWAL', '(FOR &WITHDRAWAL)')],
    'talks': [('&TALKS', '(FOR &TALKS)'), ('MEETING', '(FOR MEETING)'), ('SUMMIT', '(FOR SUMMIT)')],
    'settle': [('&SETTLEMENT', '(FOR &SETTLEMENT)'), ('{PEACE DEAL}', '(FOR {PEACE DEAL})')],
    'mediation': [('&MEDIATION', '(FOR &MEDIATION)')],
    'inform': [('INVESTIGATION', '(FOR INVESTIGATION)'), ('INQUIRY', '(FOR INQUIRY)'),
               ('PROBE', '(FOR PROBE)'), ('EXPLANATION', '(FOR EXPLANATION)'),
               ('CLARIFICATION', '(FOR CLARIFICATION)'), ('INFORMATION', '(FOR INFORMATION)')],
}

FAMILIES = {
    'appeal': {'econcoop': '0211', 'milcoop': '0212', 'judcoop': '0213', 'intel': '0214', 'support': '022',
               'aid': '023', 'econaid': '0231', 'milaid': '0232', 'humaid': '0233', 'protect': '0234',
               'reform': '024', 'leader': '0241', 'policy': '0242', 'rights': '0243', 'regime': '0244',
               'yield': '025', 'easeadmin': '0251', 'easedissent': '0252', 'release': '0253',
               'easesanction': '0254', 'intlinv': '0255', 'deesc': '0256', 'ceasefire': '0256',
               'withdraw': '0256', 'talks': '026', 'settle': '027', 'mediation': '028', 'inform': '020'},
    'intent': {'econcoop': '0311', 'milcoop': '0312', 'judcoop': '0313', 'intel': '0314', 'support': '032',
               'aid': '033', 'econaid': '0331', 'milaid': '0332', 'humaid': '0333', 'protect': '0334',
               'reform': '034', 'leader': '0341', 'policy': '0342', 'rights': '0343', 'regime': '0344',
               'yield': '035', 'easeadmin': '0351', 'easedissent': '0352', 'release': '0353',
               'easesanction': '0354', 'intlinv': '0355', 'deesc': '0356', 'ceasefire': '0356',
               'withdraw': '0356', 'talks': '036', 'settle': '037', 'mediation': '039'},
    'demand': {'econcoop': '1011', 'milcoop': '1012', 'judcoop': '1013', 'intel': '1014', 'support': '102',
               'aid': '103', 'econaid': '1031', 'milaid': '1032', 'humaid': '1033', 'protect': '1034',
               'reform': '104', 'leader': '1041', 'policy': '1042', 'rights': '1043', 'regime': '1044',
               'yield': '100', 'easeadmin': '1051', 'easedissent': '1052', 'release': '1053',
               'easesanction': '1054', 'intlinv': '1055', 'deesc': '1056', 'ceasefire': '107',
               'withdraw': '106', 'talks': '108', 'settle': '100', 'mediation': '105', 'inform': '101'},
    # reject: requests for X ("rejected calls for ...")
    'reject': {'econcoop': '1211', 'milcoop': '1212', 'aid': '122', 'econaid': '1221', 'milaid': '1222',
               'humaid': '1223', 'protect': '1224', 'reform': '123', 'leader': '1231', 'policy': '1232',
               'rights': '1233', 'regime': '1234', 'yield': '124', 'easeadmin': '1241', 'easedissent': '1242',
               'release': '1243', 'easesanction': '1244', 'intlinv': '1245', 'deesc': '1246',
               'ceasefire': '1246', 'withdraw': '1246', 'talks': '125', 'mediation': '126', 'settle': '127'},
}

# how a family is expanded for a block: 'direct' uses the direct object, 'for' the (FOR ...) form,
# 'request' the form "&REQUEST (FOR X)" (reject family).
B = []


def block(name, code, verbs, pats=(), fams=()):
    B.append((name, code, verbs, list(pats), list(fams)))


# ---------------------------------------------------------------- 01 statements
# Verbs of saying code the statement (010); what they say is coded from the
# complement clause (code_statements).  A noun after them is usually inside
# that clause ("said the sanctions on Iran were illegal"), so they take none
# of ANNOUNCE's noun patterns; "spoke with" / "spoke by telephone" are meetings.
block('SAY', '010', ['SAY', 'STATE', 'TELL', 'REMARK', 'COMMENT', 'NOTE', 'EXPLAIN',
                     'REITERATE', 'STRESS', 'EMPHASIZE', 'EMPHASISE', 'ASSERT', 'AFFIRM', 'REPORT', 'WRITE',
                     'TWEET', 'MAINTAIN', 'REAFFIRM', 'UNDERLINE', 'BRIEF', 'RESPOND', 'REPLY'],
      ['- * (IN STATEMENT) [010]'])
block('SPEAK', '010', ['SPEAK'],
      ['- * (WITH) [040]', '- * (BY TELEPHONE) [041]', '- * (BY PHONE) [041]', '- * (IN STATEMENT) [010]'])
# What is announced is done: "announced sanctions on Iran" 163, "announced a ceasefire" 0871.
block('ANNOUNCE', '010', ['ANNOUNCE'],
      ['- * &SANCTION [163]', '- * {ASSET FREEZE} [163]', '- * {ARMS EMBARGO} [163]', '- * TARIFF [163]',
       '- * {TRAVEL BAN} [172]', '- * BAN [172]', '- * &CEASEFIRE [0871]', '- * &AID [070]',
       '- * {MILITARY AID} [072]', '- * {HUMANITARIAN AID} [073]', '- * &MONEY [071]', '- * &WITHDRAWAL [0874]',
       '- * RELEASE [0841]', '- * &AGREEMENT [057]', '- * {STATE OF EMERGENCY} [1724]', '- * CURFEW [1723]',
       '- * {MARTIAL LAW} [1724]', '- * RESIGNATION [0831]', '- * INVESTIGATION [090]', '- * PROBE [090]',
       '- * ARREST [173]', '- * OFFENSIVE [190]', '- * EXPULSION [174]', '- * DEPLOYMENT [154]',
       '- * (IN STATEMENT) [010]'])
block('DECLINE COMMENT', '---', ['DECLINE', '+CLAM_UP'],
      ['- * COMMENT [011]', '- * (TO COMMENT) [011]', '- * COMMENT (ON) [011]', '- * INVITATION [125]',
       '- * OFFER [120]', '- * &REQUEST [120]'])
block('PESSIMISM', '012', ['FEAR', 'WORRY', 'LAMENT', 'DESPAIR', 'FRET'],
      ['- * ESCALATION [012]', '- * COLLAPSE [012]'])
block('EXPRESS', '---', ['EXPRESS', 'VOICE', 'CONVEY', 'SIGNAL', 'REGISTER'],
      ['- * CONCERN [012]', '- * {DEEP CONCERN} [012]', '- * ALARM [012]', '- * PESSIMISM [012]',
       '- * DOUBT [012]', '- * FEAR [012]', '- * HOPE [013]', '- * OPTIMISM [013]', '- * CONFIDENCE [013]',
       '- * CONDOLENCE [018]', '- * SYMPATHY [018]', '- * SOLIDARITY [018]', '- * SORROW [018]',
       '- * GRIEF [018]', '- * SUPPORT [051]', '- * SUPPORT (FOR) [051]', '- * GRATITUDE [051]',
       '- * APPRECIATION [051]', '- * THANKS [051]', '- * AGREEMENT (WITH) [019]', '- * APOLOGY [055]',
       '- * REGRET [055]', '- * DISAPPOINTMENT [110]', '- * DISSATISFACTION [110]', '- * DISAPPROVAL [110]',
       '- * OPPOSITION [110]', '- * RESERVATION [110]', '- * OUTRAGE [111]', '- * ANGER [111]',
       '- * INDIGNATION [111]', '- * CONDEMNATION [111]', '- * PROTEST [114]', '- * READINESS [030]',
       '- * WILLINGNESS [030]', '- * INTEREST (IN) [030]', '- * INTEREST (IN &TALKS) [036]'])
block('OPTIMISM', '013', ['HOPE', '+LOOK_FORWARD', 'TRUST'], ['- * (FOR &SETTLEMENT) [013]'])
block('CONSIDER', '014', ['CONSIDER', 'MULL', 'WEIGH', 'PONDER', 'CONTEMPLATE', 'STUDY', 'REVIEW', 'EXPLORE',
                          '+MULL_OVER', 'EVALUATE', 'ASSESS', 'RECONSIDER', 'DEBATE'],
      ['- * &SANCTION [014]', '- * &WITHDRAWAL [014]'])
block('CLAIM', '010', ['CLAIM'], ['- * ATTACK [015]', '- * BOMBING [015]', '- * KILLING [015]',
                                  '- * RESPONSIBILITY [015]', '- * RESPONSIBILITY (FOR) [015]', '- * CREDIT [015]',
                                  '- * VICTORY [010]', '- * CONTROL (OF) [192]'])
block('ACKNOWLEDGE', '015', ['ACKNOWLEDGE', 'ADMIT', 'CONFESS', 'CONCEDE'],
      ['- * RESPONSIBILITY [015]', '- * DEFEAT [080]', '- * MISTAKE [055]', '- * ERROR [055]'])
block('DENY', '016', ['DENY', 'REFUTE', 'DISPUTE', 'DISAVOW', 'DISOWN', 'REBUT', 'REPUDIATE'],
      ['- * RESPONSIBILITY [016]', '- * INVOLVEMENT [016]', '- * &ACCUSATION [016]', '- * ROLE [016]',
       '- * ACCESS [1245]', '- * ENTRY [1245]', '- * VISA [1245]', '- * REQUEST [120]', '- * &AGREEMENT [127]'])
block('SYMBOLIC ACT', '017', ['COMMEMORATE', 'CELEBRATE'],
      ['- * ANNIVERSARY [017]', '- * VICTIM [017]'])
block('LAY', '---', ['LAY'], ['- * WREATH [017]', '- * SIEGE (TO) [191]', '- * {FOUNDATION STONE} [017]',
                              '- * ARMS [0873]', '- * (DOWN ARMS) [0873]', '- * CLAIM (TO) [010]'])
block('EMPATHY', '018', ['SYMPATHIZE', 'SYMPATHISE', 'CONSOLE', 'MOURN', 'GRIEVE', 'COMMISERATE',
                         '+REACH_OUT'], ['- * (WITH) [018]'])
block('AGREE', '030', ['AGREE', 'CONCUR', 'CONSENT'],
      ['- * (WITH) [019]', '- * (WITH VIEW) [019]', '- * (ON NEED) [019]', '- * (ON &CEASEFIRE) [0871]',
       '- * (TO &CEASEFIRE) [0871]', '- * &CEASEFIRE [0871]', '- * (ON &TALKS) [036]', '- * (TO &TALKS) [036]',
       '- * (TO MEETING) [036]', '- * (ON &AGREEMENT) [057]', '- * &AGREEMENT [057]', '- * (ON DEAL) [057]',
       '- * (TO &MEDIATION) [038]', '- * (TO &DEMAND) [083]', '- * (TO &WITHDRAWAL) [0356]',
       '- * (ON &WITHDRAWAL) [0356]', '- * (TO RELEASE) [0353]', '- * (ON &SANCTION) [163]',
       '- * (ON EXCHANGE) (OF &PRISONER) [0353]', '- * (ON &SETTLEMENT) [037]'])
block('SHARE', '---', ['SHARE'], ['- * VIEW [019]', '- * CONCERN [012]', '- * POSITION [019]',
                                  '- * INTELLIGENCE [064]', '- * INFORMATION [064]', '- * DATA [064]',
                                  '- * EVIDENCE [064]', '- * TECHNOLOGY [061]', '- * EXPERTISE [061]',
                                  '- * EXPERIENCE [061]'])
# ---------------------------------------------------------------- 02 appeals
block('APPEAL', '020', ['APPEAL', 'URGE', '+CALL_ON', '+CALL_UPON', 'PLEAD', 'IMPLORE', 'BESEECH', 'EXHORT',
                        'ENTREAT', 'PETITION', 'ASK', 'REQUEST', 'SOLICIT', 'ENCOURAGE', 'INVITE',
                        '+CALL_FOR', 'LOBBY'],
      ['- * (FOR INVESTIGATION) [020]', '- * (FOR &INSPECTOR) [0255]', '- * ASYLUM [020]',
       '- * (FOR COOPERATION) [021]', '- * (FOR {MATERIAL SUPPORT}) [021]', '- * (FOR {PRACTICAL SUPPORT}) [021]',
       '- * (TO VISIT) [036]', '- * (FOR VISIT) [036]', '- * (TO &TALKS) [026]'],
      [('appeal', 'for'), ('appeal', 'direct')])
block('CALL', '---', ['CALL'],
      ['- * (FOR) [020]', '- * (ON) [020]', '- * (UPON) [020]', '- * (BY TELEPHONE) [041]',
       '- * (BY PHONE) [041]', '- * ELECTION [---]', '- * STRIKE [143]', '- * {GENERAL STRIKE} [143]',
       '- * {PRESS CONFERENCE} [010]', '- * MEETING [040]', '- * TERRORIST [111]', '- * LIAR [111]',
       '- * CRIMINAL [111]', '- * TRAITOR [111]', '- * DICTATOR [111]', '- * PUPPET [111]'],
      [('appeal', 'for')])
# ---------------------------------------------------------------- 03 intent
block('PLEDGE', '030', ['PLEDGE', 'PROMISE', 'VOW', 'OFFER', 'UNDERTAKE', 'GUARANTEE', 'ASSURE',
                        'PROPOSE', 'PLAN', 'INTEND', 'RESOLVE', 'SWEAR'],
      ['- * COOPERATION [030]', '- * {PRACTICAL COOPERATION} [031]', '- * PARTNERSHIP [031]',
       '- * &BETTER &TIES [030]',
       '- * {TROOP} [0334]', '- * TROOP [0334]', '- * (TO &TALKS) [036]', '- * (TO &SETTLEMENT) [037]',
       '- * (TO &CEASEFIRE) [0356]', '- * {GOOD OFFICES} [039]', '- * MEDIATOR [039]',
       '- * ATTACK [138]', '- * REVENGE [138]', '- * RETALIATION [138]', '- * VENGEANCE [138]',
       '- * RESPONSE [130]'],
      [('intent', 'direct')])
block('ACCEPT', '---', ['ACCEPT', '+SIGN_UP'],
      ['- * &MEDIATION [038]', '- * MEDIATOR [038]', '- * OFFER (OF &MEDIATION) [038]', '- * &DEMAND [083]',
       '- * &CEASEFIRE [0871]', '- * &TALKS [036]', '- * INVITATION [036]', '- * OFFER [030]',
       '- * PROPOSAL [030]', '- * PLAN [030]', '- * PEACEKEEPER [0861]', '- * &INSPECTOR [0862]',
       '- * &AID [---]', '- * RESIGNATION [0831]', '- * DEFEAT [080]', '- * &AGREEMENT [057]',
       '- * RESPONSIBILITY [015]', '- * APOLOGY [056]', '- * CREDENTIALS [054]', '- * REFUGEE [075]'])
block('INTENT TO MEDIATE', '039', ['VOLUNTEER'], ['- * (TO &MEDIATION) [039]'])
# what an actor wants or seeks to do (the words of the complement clause): an intent (03x, 138)
WANT_TO = ['- * ATTACK [138]', '- * STRIKE [138]', '- * INVADE [1382]', '- * BOMB [138]', '- * FIGHT [138]',
           '- * HELP [033]', '- * ASSIST [033]', '- * AID [033]', '- * SUPPORT [032]', '- * MEET [036]',
           '- * NEGOTIATE [036]', '- * TALK [036]', '- * VISIT [036]', '- * COOPERATE [030]', '- * MEDIATE [039]',
           '- * SANCTION [1312]', '- * PUNISH [130]', '- * &TALKS [036]', '- * PEACE [037]',
           '- * &CEASEFIRE [0356]', '- * WAR [138]', '- * REVENGE [138]', '- * &BETTER &TIES [030]']
block('WANT', '030', ['WANT', 'WISH', 'AIM', 'DESIRE'],
      WANT_TO + ['- * &AID [021]', '- * &WEAPON [0232]', '- * &WITHDRAWAL [0256]', '- * RELEASE [0253]'])
# seek: an appeal for something ("sought aid", "seek asylum"), an intent when it
# governs what the actor itself will do ("seeking to deepen a partnership")
block('SEEK', '020', ['SEEK'],
      WANT_TO + ['- * ASYLUM [020]', '- * (FOR INVESTIGATION) [020]', '- * (FOR COOPERATION) [021]'],
      [('appeal', 'for'), ('appeal', 'direct')])
block('ADVISE', '020', ['ADVISE', 'COUNSEL', 'RECOMMEND'],
      ['- * (AGAINST TRAVEL) [160]', '- * (AGAINST {ALL TRAVEL}) [160]', '- * (AGAINST {NON-ESSENTIAL TRAVEL}) [160]',
       '- * CITIZEN (TO LEAVE) [160]', '- * CAUTION [012]', '- * RESTRAINT [0256]'])
# ---------------------------------------------------------------- 04 consult
block('CONSULT', '040', ['CONSULT', 'CONFER', 'DISCUSS', 'TALK', 'CONVERSE', '+SIT_DOWN', 'DELIBERATE',
                         '+SPEAK_WITH', 'BRIEF', 'EXCHANGE'],
      ['- * (BY TELEPHONE) [041]', '- * (BY PHONE) [041]', '- * (ON PHONE) [041]', '- * (OVER PHONE) [041]',
       '- * VIEWS [040]', '- * &PRISONER [0841]', '- * FIRE [190]', '- * &ACCUSATION [112]',
       '- * INSULT [111]', '- * (ON SIDELINES) [044]'])
RECEIVE_PATS = ['- + * &WEAPON (FROM $) [072]', '- + * {MILITARY AID} (FROM $) [072]', '- + * &AID (FROM $) [070]',
       '- + * {HUMANITARIAN AID} (FROM $) [073]', '- + * &FOOD (FROM $) [073]', '- + * &MONEY (FROM $) [071]',
       '- + * ASSURANCE (FROM $) [030]', '- + * GUARANTEE (FROM $) [030]', '- + * PROMISE (FROM $) [030]',
       '- + * SUPPORT (FROM $) [051]', '- + * BACKING (FROM $) [051]', '- + * THREAT (FROM $) [130]',
       '- + * {PHONE CALL} (FROM $) [041]', '- + * CALL (FROM $) [041]', '- + * INVITATION (FROM $) [036]',
       '- + * LETTER (FROM $) [010]', '- + * MESSAGE (FROM $) [010]', '- + * DELEGATION (FROM $) [042]',
       '- + * VISIT (FROM $) [042]', '- + * &DIPLOMAT (FROM $) [042]', '- + * MINISTER (FROM $) [042]',
       '- + * {MINISTERS} (FROM $) [042]', '- + * INTELLIGENCE (FROM $) [064]', '- + * TRAINING (FROM $) [072]',
       '- + * ASYLUM (FROM $) [075]', '- + * PROTECTION (FROM $) [074]', '- * DELEGATION [043:042]', '- * VISITOR [043:042]', '- * GUEST [043:042]', '- * &DIPLOMAT [043:042]',
       '- * &WEAPON [---]', '- * &AID [---]', '- * {PHONE CALL} [041]', '- * CALL [041]', '- * LETTER [---]',
       '- * MESSAGE [---]', '- * THREAT [---]', '- * SUPPORT [---]', '- * AWARD [---]', '- * SENTENCE [---]',
       '- * REPORT [---]', '- * ASSURANCE [---]', '- * INVITATION [---]', '- * CREDENTIALS [054]',
       '- * REFUGEE [075]', '- * ASYLUM [---]', '- * TREATMENT [---]', '- * VOTE [---]', '- * &MONEY [---]',
       '- * (IN CAPITAL) [043:042]',
       # things received in business and finance news are no visit ("received a 28.3 mln dlr
       # contract", "received Finance Ministry approval", "received telexes from Cuba")
       '- * CONTRACT [---]', '- * ORDER [---]', '- * APPROVAL [---]', '- * PERMISSION [---]',
       '- * PAYMENT [---]', '- * OFFER [---]', '- * BID [---]', '- * SHARE [---]', '- * STOCK [---]',
       '- * INTEREST [---]', '- * STAKE [---]', '- * DIVIDEND [---]', '- * RESPONSE [---]',
       '- * REPLY [---]', '- * QUOTATION [---]', '- * TELEX [---]', '- * CABLE [---]', '- * DLRS [---]',
       '- * DOLLARS [---]', '- * EQUIVALENT [---]', '- * WORTH [---]', '- * CARGO [---]',
       '- * SHIPMENT [---]', '- * DELIVERY [---]', '- * REQUEST [---]', '- * PROPOSAL [---]',
       '- * APPLICATION [---]', '- * COMPLAINT [---]', '- * INFORMATION [---]', '- * DOCUMENT [---]']
# RECEIVE a person is hosting a visit (043); GET, OBTAIN and ACQUIRE alone are
# no event ("acquired a 25 pct stake in another company", "got approval"),
# only their patterns are ("obtained weapons from Iran" 072)
block('RECEIVE', '043:042', ['RECEIVE'], RECEIVE_PATS)
block('OBTAIN', '---', ['GET', 'OBTAIN', 'ACQUIRE'], RECEIVE_PATS)
block('MEET', '040', ['MEET', '+MEET_WITH', 'GREET', '+GET_TOGETHER', 'RENDEZVOUS', 'CONVENE'],
      ['- * (ON SIDELINES) [044]', '- * (AT SUMMIT) [044]', '- * (IN {THIRD COUNTRY}) [044]',
       '- * DELEGATION [043]', '- * VISITOR [043]', '- * GUEST [043]', '- * &AID [---]',
       '- * &WEAPON [---]', '- * DEMAND [---]', '- * DEADLINE [---]', '- * TARGET [---]',
       '- * (FOR &TALKS) [046]', '- * {PHONE CALL} [041]', '- * CALL [041]', '- * THREAT [---]',
       '- * LETTER [---]', '- * MESSAGE [---]', '- * SUPPORT [---]', '- * AWARD [---]'])
block('TELEPHONE', '041', ['TELEPHONE', 'PHONE'], [])
block('HOLD', '---', ['HOLD', 'CONDUCT', 'STAGE', 'ORGANIZE', 'ORGANISE'],
      ['- * &TALKS [046:046]', '- * {PEACE TALKS} [046:046]', '- * MEETING [040]', '- * SUMMIT [040]',
       '- * CONSULTATION [040]', '- * {PHONE CALL} [041]', '- * {TELEPHONE CONVERSATION} [041]',
       '- * {TELEPHONE CALL} [041]', '- * {VIDEO CALL} [041]', '- * HOSTAGE [181]', '- * &PRISONER [173]',
       '- * (IN CUSTODY) [173]', '- * (IN DETENTION) [173]', '- * RALLY [141]', '- * DEMONSTRATION [141]',
       '- * PROTEST [141]', '- * MARCH [141]', '- * {HUNGER STRIKE} [142]', '- * STRIKE [143]',
       '- * {GENERAL STRIKE} [143]', '- * SIT-IN [144]', '- * {JOINT EXERCISE} [062]',
       '- * {JOINT DRILL} [062]', '- * {JOINT PATROL} [062]', '- * {MILITARY EXERCISE} [150]',
       '- * {MILITARY DRILL} [150]', '- * EXERCISE [150]', '- * DRILL [150]', '- * MANEUVER [150]',
       '- * MANOEUVRE [150]', '- * PARADE [150]', '- * {MISSILE TEST} [150]', '- * {NUCLEAR TEST} [150]',
       '- * PATROL [150]', '- * INVESTIGATION [090]', '- * INQUIRY [090]', '- * INSPECTION [090]',
       '- * RAID [190]', '- * AIRSTRIKE [195]', '- * {AIR STRIKE} [195]', '- * {MILITARY OPERATION} [190]',
       '- * OFFENSIVE [190]', '- * REFERENDUM [---]', '- * ELECTION [---]', '- * CEREMONY [017]',
       '- * VIGIL [017]', '- * {MINUTE SILENCE} [017]', '- * FUNERAL [017]', '- * RESPONSIBLE [112]'])
block('ATTEND', '042:043', ['ATTEND'],
      ['- * SUMMIT [044]', '- * CONFERENCE [044]', '- * MEETING [044]', '- * FUNERAL [017]', '- * CEREMONY [017]',
       '- * INAUGURATION [017]', '- * SUMMIT (IN) [042:043]', '- * CONFERENCE (IN) [042:043]',
       '- * &TALKS [046]', '- * SCHOOL [---]', '- * CLASS [---]', '- * MASS [---]', '- * HEARING [---]'])
block('VISIT', '042:043', ['VISIT', 'TOUR', '+STOP_OVER', '+DROP_IN'],
      ['- * (FOR &TALKS) [046:046]', '- INSPECTOR * [090]', '- * {FRONT LINE} [---]', '- * TROOP [---]'])
# "go ahead with a subsidy offer to the Soviet Union", "go down in history": no journey.
block('PROCEED', '---', ['+GO_AHEAD', '+GO_DOWN'], [])
block('TRAVEL', '---', ['TRAVEL', 'FLY', 'ARRIVE', 'JOURNEY', '+HEAD_TO', 'GO', 'COME', 'LAND'],
      ['- * (TO) [042:043]', '- * (IN) [042:043]', '- * (INTO) [042:043]', '- * (FOR &TALKS) [046]',
       '- * (ON VISIT) [042:043]', '- * (ON {HUNGER STRIKE}) [142]', '- * (ON STRIKE) [143]',
       '- * (TO WAR) [190]', '- * (TO COURT) [115]', '- * (TO POLLS) [---]', '- * (TO POWER) [---]'])
block('HOST', '043:042', ['HOST'],
      ['- * &TALKS [046:046]', '- * SUMMIT [043:042]', '- * MEETING [043:042]', '- * DELEGATION [043:042]',
       '- * {JOINT EXERCISE} [062]', '- * CONFERENCE [043:042]', '- * REFUGEE [075]', '- * BASE [062]',
       '- * TROOP [062]'])
block('MEDIATE', '045', ['MEDIATE', 'BROKER', 'ARBITRATE', 'INTERCEDE', 'FACILITATE'],
      ['- * &AGREEMENT [045]', '- * &CEASEFIRE [045]', '- * &TALKS [045]'])
block('NEGOTIATE', '046', ['NEGOTIATE', 'BARGAIN', 'HAGGLE', '+HAMMER_OUT', 'DICKER'],
      ['- * &AGREEMENT [046]', '- * (OVER &PRISONER) [046]'])
block('ENGAGE', '---', ['ENGAGE'],
      ['- * (IN &TALKS) [046]', '- * (IN DIALOGUE) [046]', '- * (WITH) [040]', '- * (IN FIGHTING) [190]',
       '- * (IN FIREFIGHT) [193]', '- * (IN GUNFIGHT) [193]', '- * (IN {GUN BATTLE}) [193]', '- * (IN SHOOTOUT) [193]',
       '- * (IN BATTLE) [190]', '- * (IN CLASH) [190]', '- * (IN CLASHES) [190]',
       '- * PEACEKEEPER (IN FIREFIGHT) [193]', '- * &MILITARY (IN FIREFIGHT) [193]', '- * PEACEKEEPER [190]',
       '- * TROOP [190]', '- * &MILITARY [190]',
       '- * (IN COMBAT) [190]', '- * (IN HOSTILITIES) [190]', '- * ENEMY [190]', '- * (IN &MEDIATION) [045]'])
# ---------------------------------------------------------------- 05 diplomatic cooperation
block('TRIGGER', '---', ['TRIGGER', 'SPARK', 'PROVOKE', 'DRAW', 'PROMPT', 'ELICIT', 'EARN', 'ATTRACT', 'INCUR'],
      ['- + * &PROTEST (FROM $) [110]', '- + * CONDEMNATION (FROM $) [111]', '- + * CRITICISM (FROM $) [111]',
       '- + * REBUKE (FROM $) [111]', '- + * ANGER (FROM $) [110]', '- + * PRAISE (FROM $) [051]',
       '- + * SUPPORT (FROM $) [051]', '- + * WARNING (FROM $) [130]', '- + * THREAT (FROM $) [130]',
       '- + * &SANCTION (FROM $) [163]', '- + * RETALIATION (FROM $) [190]'])
block('FACE', '---', ['FACE', 'ENCOUNTER'],
      ['- + * PRESSURE (FROM $) [100]', '- + * CRITICISM (FROM $) [111]', '- + * CONDEMNATION (FROM $) [111]',
       '- + * THREAT (FROM $) [130]', '- + * &SANCTION (FROM $) [163]', '- + * &ACCUSATION (FROM $) [112]',
       '- + * ACCUSATIONS (FROM $) [112]', '- + * CALL (FROM $) [020]', '- + * &DEMAND (FROM $) [100]',
       '- + * OPPOSITION (FROM $) [110]', '- + * &PROTEST (FROM $) [140]', '- + * ATTACK (FROM $) [190]',
       '- + * RESISTANCE (FROM $) [120]', '- + * CHARGES [173]', '- + * TRIAL [173]', '- + * PROSECUTION [173]'])
block('PRESENT', '---', ['PRESENT', 'UNVEIL'],
      ['- * EVIDENCE (AGAINST +) [112]', '- * EVIDENCE [064]', '- * PROOF (AGAINST +) [112]', '- * PROPOSAL [030]',
       '- * PLAN [030]', '- * {PEACE PLAN} [037]', '- * CREDENTIALS [054]', '- * &DEMAND [100]', '- * LIST (OF &DEMAND) [100]',
       '- * ULTIMATUM [139]', '- * &AID [070]', '- * AWARD [---]', '- * REPORT [010]'])
block('COORDINATE', '050', ['COORDINATE', 'CO-ORDINATE', 'HARMONIZE', 'ALIGN', '+SIDE_WITH', 'ALLY'],
      ['- * POSITION [050]', '- * (ON) [050]'])
block('PRAISE', '051', ['PRAISE', 'COMMEND', 'HAIL', 'LAUD', 'APPLAUD', 'WELCOME', 'ENDORSE', 'BACK', 'SUPPORT',
                        'APPROVE', 'SALUTE', 'CONGRATULATE', 'THANK', 'COMPLIMENT', 'EXTOL', 'ACCLAIM',
                        'CHAMPION', 'ESPOUSE', 'EMBRACE', 'APPRECIATE', 'VALUE'],
      ['- * REBEL [070]', '- * &FIGHTER [070]', '- * (WITH &WEAPON) [072]', '- * (WITH &MONEY) [071]',
       '- * (WITH &FOOD) [073]', '- * (WITH TROOP) [074]', '- * DELEGATION [043]', '- * VISIT [043]'])
block('DEFEND', '052', ['DEFEND', 'JUSTIFY', '+STAND_BY', '+STICK_UP_FOR', 'VINDICATE', '+SPEAK_UP_FOR'],
      ['- * &PLACE [190]', '- * (AGAINST ATTACK) [190]', '- * BORDER [190]', '- * (AGAINST &ACCUSATION) [052]'])
block('RALLY SUPPORT', '053', ['RALLY', 'MOBILIZE', 'MOBILISE', 'CAMPAIGN', 'GALVANIZE', 'MARSHAL', 'CANVASS'],
      ['- * SUPPORT [053]', '- * SUPPORT (FOR) [053]', '- * (BEHIND) [053]', '- * (FOR) [053]',
       '- * (AGAINST) [113]', '- * OPPOSITION (TO) [113]', '- * OPPOSITION (AGAINST) [113]',
       '- * TROOP [154]', '- * &MILITARY [154]', '- * RESERVIST [154]', '- * POLICE [153]',
       '- PROTESTER * [141]', '- DEMONSTRATOR * [141]', '- SUPPORTER * [141]', '- THOUSANDS * [141]'])
block('RECOGNIZE', '054', ['RECOGNIZE', 'RECOGNISE', 'NORMALIZE', 'NORMALISE'],
      ['- * INDEPENDENCE [054]', '- * GOVERNMENT [054]', '- * SOVEREIGNTY [054]', '- * RELATIONS [054]',
       '- * TIES [054]', '- * CONTRIBUTION [051]', '- * EFFORT [051]', '- * ROLE [051]'])
block('ESTABLISH', '---', ['ESTABLISH', 'RESTORE', 'RESUME', 'REOPEN', 'UPGRADE', 'FORGE', 'BROKER', 'REESTABLISH',
                           'RE-ESTABLISH'],
      ['- * {DIPLOMATIC RELATIONS} [054]', '- * RELATIONS [054]', '- * TIES [054]', '- * EMBASSY [054]',
       '- * CONSULATE [054]', '- * &TALKS [046]', '- * DIALOGUE [046]', '- * &AID [070]',
       '- * COOPERATION [060]', '- * PARTNERSHIP [060]', '- * ALLIANCE [062]', '- * {STRATEGIC PARTNERSHIP} [050]', '- * &AGREEMENT [057]',
       '- * &RIGHTS_ [0833]', '- * CONSTITUTION [0834]', '- * CONTROL (OVER) [192]', '- * CONTROL (OF) [192]',
       '- * BASE [154]', '- * FLIGHT [061]', '- * TRADE [061]', '- * CROSSING [0863]', '- * CORRIDOR [0863]',
       '- * FIGHTING [190]', '- * ATTACK [190]', '- * AIRSTRIKE [195]', '- * BOMBING [195]',
       '- * SHELLING [194]', '- * OFFENSIVE [190]', '- * {NUCLEAR PROGRAM} [---]', '- * ORDER [---]'])
block('APOLOGIZE', '055', ['APOLOGIZE', 'APOLOGISE', 'REPENT'], [])
block('FORGIVE', '056', ['FORGIVE', 'ABSOLVE', 'RECONCILE', 'EXONERATE', 'EXCUSE', 'CONDONE'],
      ['- * DEBT [071]'])
SIGN_PATS = ['- * &AGREEMENT [057]', '- * {PEACE AGREEMENT} [057]', '- * &CEASEFIRE [0871]', '- * {ARMS DEAL} [062]',
       '- * {TRADE AGREEMENT} [061]', '- * {DEFENCE PACT} [062]', '- * {DEFENSE PACT} [062]',
       '- * {SECURITY PACT} [062]', '- * {EXTRADITION TREATY} [063]', '- * LAW [---]', '- * BILL [---]',
       '- * DECREE [---]', '- * PETITION [---]', '- * ORDER [---]', '- * {EXECUTIVE ORDER} [---]',
       '- * &TALKS [046]', '- * VISIT [042]']
block('SIGN', '057', ['SIGN', 'RATIFY', 'INK', 'INITIAL', 'COUNTERSIGN', 'FINALIZE', 'FINALISE', '+SIGN_ON'], SIGN_PATS)
# CONCLUDE alone is reaching a view ('the report concluded that'); with an agreement it is signing
block('CONCLUDE', '---', ['CONCLUDE'], SIGN_PATS)
block('REACH', '---', ['REACH', 'SEAL', 'CLINCH', 'ACHIEVE'],
      ['- * &AGREEMENT [057]', '- * DEAL [057]', '- * ACCORD [057]', '- * &CEASEFIRE [0871]',
       '- * COMPROMISE [057]', '- * SETTLEMENT [057]', '- * UNDERSTANDING [057]', '- * CONSENSUS [019]',
       '- * BARGAIN [057]', '- * RELEASE [084]'])
# ---------------------------------------------------------------- 06 material cooperation
block('COOPERATE', '060', ['COOPERATE', 'CO-OPERATE', 'COLLABORATE', 'PARTNER', '+WORK_WITH', '+WORK_TOGETHER',
                           '+TEAM_UP', 'INTEGRATE'],
      ['- * (ON TRADE) [061]', '- * (ON ECONOMY) [061]', '- * (ON ENERGY) [061]', '- * (ON INVESTMENT) [061]',
       '- * (IN TRADE) [061]', '- * (ON SECURITY) [062]', '- * (ON DEFENCE) [062]', '- * (ON DEFENSE) [062]',
       '- * (ON TERRORISM) [062]', '- * (AGAINST TERRORISM) [062]', '- * (ON COUNTERTERRORISM) [062]',
       '- * (ON INVESTIGATION) [063]', '- * (WITH INVESTIGATION) [063]', '- * (WITH COURT) [063]',
       '- * (ON EXTRADITION) [063]', '- * (WITH TRIBUNAL) [063]', '- * (ON INTELLIGENCE) [064]'])
block('TRADE', '061', ['TRADE', 'INVEST', 'EXPORT', 'IMPORT', 'BUY', 'PURCHASE', 'SELL', 'LEASE', 'BARTER'],
      ['- * &ACCUSATION [112]', '- * ACCUSATIONS [112]', '- * BLAME [112]', '- * INSULT [111]',
       '- * FIRE [190]', '- * BLOWS [182]', '- * &WEAPON [062]', '- * {MILITARY EQUIPMENT} [062]',
       '- * {DEFENCE SYSTEM} [062]', '- * {DEFENSE SYSTEM} [062]', '- * JET [062]', '- * &PRISONER [0841]'])
block('MILITARY COOPERATION', '062', ['TRAIN', '+FIGHT_ALONGSIDE', 'DRILL'],
      ['- * (WITH) [062]', '- * TROOP [062]', '- * &FIGHTER [072]', '- * REBEL [072]', '- * POLICE [062]'])
block('JOIN', '---', ['JOIN', 'ENTER'],
      ['- * FORCES [062]', '- * COALITION [062]', '- * ALLIANCE [062]', '- * &TALKS [046]',
       '- * NEGOTIATION [046]', '- * &PROTEST [141]', '- * STRIKE [143]', '- * &AGREEMENT [057]',
       '- * (INTO &AGREEMENT) [057]', '- * (INTO &TALKS) [046]', '- * FIGHT (AGAINST) [190]',
       '- * WAR [190]', '- * &PLACE [192]', '- * TERRITORY [192]', '- * AIRSPACE [150]',
       '- * WATERS [150]', '- * {TERRITORIAL WATERS} [150]'])
block('EXTRADITE', '063', ['EXTRADITE'], [])
block('HAND OVER', '---', ['+HAND_OVER', 'TRANSFER'],
      ['- * SUSPECT [063]', '- * FUGITIVE [063]', '- * &PRISONER [0841]', '- * BODY [0841]',
       '- * CONTROL [080]', '- * POWER [0831]', '- * &WEAPON [0873]', '- * TERRITORY [0842]',
       '- * &PROPERTY [0842]', '- * EVIDENCE [064]', '- * DOCUMENT [064]', '- * INFORMATION [064]',
       '- * &MONEY [071]', '- * &WEAPON (TO) [072]'])
block('INFORM', '064', ['INFORM', 'NOTIFY', 'BRIEF', '+TIP_OFF', 'APPRISE'],
      ['- * (ABOUT PLAN) [064]', '- * (OF DECISION) [064]'])
# ---------------------------------------------------------------- 07 aid
PROVIDE_PATS = (
      ['- * &MONEY [071]', '- * {ECONOMIC AID} [071]', '- * {FINANCIAL AID} [071]',
       '- * {FINANCIAL ASSISTANCE} [071]', '- * {ECONOMIC ASSISTANCE} [071]', '- * {BUDGET SUPPORT} [071]',
       '- * {DEBT RELIEF} [071]', '- * &WEAPON [072]', '- * {MILITARY AID} [072]',
       '- * {MILITARY ASSISTANCE} [072]', '- * {MILITARY SUPPLIES} [072]', '- * {MILITARY SUPPLY} [072]',
       '- * {MILITARY EQUIPMENT} [072]', '- * {MILITARY HARDWARE} [072]', '- * {MILITARY ADVISER} [072]',
       '- * {MILITARY ADVISOR} [072]', '- * {MILITARY TRAINING} [072]', '- * TRAINING [072]',
       '- * &FIGHTER [072]', '- * {HUMANITARIAN AID} [073]', '- * {HUMANITARIAN ASSISTANCE} [073]',
       '- * {HUMANITARIAN SUPPLIES} [073]', '- * {RELIEF SUPPLIES} [073]', '- * {MEDICAL SUPPLIES} [073]',
       '- * {EMERGENCY AID} [073]', '- * &FOOD [073]', '- * SHELTER [073]', '- * PROTECTION [074]',
       '- * PEACEKEEPER [074]', '- * {PEACEKEEPING TROOP} [074]', '- * {PEACEKEEPING FORCE} [074]',
       '- * ESCORT [074]', '- * {AIR COVER} [074]', '- * {AIR DEFENCE} [074]', '- * {AIR DEFENSE} [074]',
       '- * ASYLUM [075]', '- * SANCTUARY [075]', '- * REFUGE [075]', '- * INTELLIGENCE [064]',
       '- * INFORMATION [064]', '- * EVIDENCE [064]', '- * SUPPORT [070]', '- * &AID [070]',
       '- * TROOP (TO) [074]', '- * TROOP [154]', '- * REINFORCEMENT [154]', '- * WARSHIP [154]',
       '- * {NAVAL VESSEL} [154]', '- * POLICE [153]', '- * DELEGATION [042]', '- * ENVOY [042]',
       '- * MISSION [042]', '- * MESSAGE [010]', '- * LETTER [010]', '- * CONDOLENCE [018]',
       '- * GREETING [017]', '- * INVITATION [036]', '- * WARNING [130]', '- * SIGNAL [010]',
       '- * SPEECH [010]', '- * ADDRESS [010]', '- * ULTIMATUM [139]', '- * DEADLINE [139]',
       '- * ASSURANCE [030]', '- * GUARANTEE [030]', '- * PERMISSION [080]', '- * APPROVAL [051]',
       '- * {GREEN LIGHT} [051]', '- * AMNESTY [056]', '- * PARDON [0841]', '- * INTERVIEW [010]',
       '- * EXPLANATION [010]', '- * DETAIL [010]', '- * (TO TROOP) [072]'])
def _to_target(pats):
    """"- * X [07x]" -> "- * X (TO +) [07x]" first: the recipient after TO is the target,
    not the thing given (whose words may look like an actor: "military supplies")."""
    out = []
    for p in pats:
        m = re.match(r'^- \* ([^()]+?) \[(07\d|064|062)\]$', p)
        if m:
            out.append('- * %s (TO +) [%s]' % (m.group(1), m.group(2)))
    return out + list(pats)


PROVIDE_PATS = _to_target(PROVIDE_PATS)
block('PROVIDE', '070', ['PROVIDE', 'DONATE', 'CONTRIBUTE', 'SUPPLY', 'DELIVER', 'FURNISH', 'ALLOCATE',
                         'DISBURSE', 'EARMARK', 'AIRLIFT', 'AIRDROP', '+HAND_OUT', 'PROVISION'], PROVIDE_PATS)
block('SEND', '---', ['SEND', 'DISPATCH', 'DESPATCH', 'SHIP', 'GIVE', 'DISTRIBUTE'], PROVIDE_PATS)
block('HELP', '070', ['HELP', 'ASSIST', 'AID', '+HELP_OUT', '+PROP_UP', 'SUBSIDIZE',
                      'SUBSIDISE', '+BAIL_OUT'],
      ['- * REBEL [072]', '- * (WITH &WEAPON) [072]', '- * (WITH &MONEY) [071]', '- * (WITH &FOOD) [073]',
       '- * REFUGEE [073]', '- * VICTIM [073]', '- * ECONOMY [071]'])
block('FUND', '071', ['FUND', 'FINANCE', 'BANKROLL', 'LEND', 'REFINANCE', 'UNDERWRITE'],
      ['- * REBEL [070]', '- * TERRORISM [070]', '- * &FIGHTER [070]', '- * &WEAPON [072]'])
block('ARM', '072', ['ARM', 'EQUIP', 'REARM', 'RE-ARM', 'RESUPPLY'], [])
block('PROTECT', '074', ['PROTECT', 'GUARD', 'ESCORT', 'SAFEGUARD', 'SHIELD', 'SECURE'],
      ['- * &AGREEMENT [057]', '- * DEAL [057]', '- * RELEASE [084]', '- * &CEASEFIRE [0871]', '- * &MONEY [---]',
       '- * SUPPORT [---]', '- * VICTORY [---]', '- * VOTE [---]', '- * &PLACE [192]', '- * &RIGHTS_ [0833]', '- * INTEREST [052]', '- * BORDER [150]', '- * AIRSPACE [150]',
       '- * CONVOY [074]', '- * CIVILIAN [074]'])
block('ASYLUM', '075', ['SHELTER', 'HARBOR', 'HARBOUR', 'NATURALIZE', 'RESETTLE'],
      ['- * TERRORIST [070]', '- * MILITANT [070]', '- * FUGITIVE [075]', '- * REFUGEE [075]'])
block('GRANT', '---', ['GRANT', 'EXTEND', 'AWARD', 'BESTOW', 'ACCORD'],
      ['- * ASYLUM [075]', '- * {POLITICAL ASYLUM} [075]', '- * {REFUGEE STATUS} [075]',
       '- * RECOGNITION [054]', '- * AMNESTY [056]', '- * PARDON [0841]', '- * CLEMENCY [0841]',
       '- * ACCESS (TO &INSPECTOR) [0862]', '- * {INSPECTOR ACCESS} [0862]', '- * {HUMANITARIAN ACCESS} [0863]',
       '- * ACCESS [086]', '- * AUTONOMY [0834]', '- * INDEPENDENCE [0834]', '- * &RIGHTS_ [0833]',
       '- * {VOTING RIGHTS} [0833]', '- * CITIZENSHIP [---]', '- * PERMISSION [080]', '- * &MONEY [071]',
       '- * LOAN [071]', '- * CREDIT [071]', '- * {DEBT RELIEF} [071]', '- * &SANCTION [163]',
       '- * &CEASEFIRE [0871]', '- * DEADLINE [---]', '- * {STATE OF EMERGENCY} [1724]',
       '- * CURFEW [1723]', '- * DETENTION [173]', '- * INVITATION [036]', '- * CONDOLENCE [018]',
       '- * SUPPORT [051]', '- * CONGRATULATION [051]', '- * WELCOME [043]', '- * HAND (OF FRIENDSHIP) [030]',
       '- * VISA [---]', '- * {MOST FAVORED NATION} [061]', '- * {TRADE PREFERENCES} [061]',
       '- * {MILITARY AID} [072]', '- * {HUMANITARIAN AID} [073]', '- * &FOOD [073]', '- * &AID [070]'])
# ---------------------------------------------------------------- 08 yield
block('YIELD', '080', ['YIELD', 'CONCEDE', '+GIVE_IN', '+BACK_DOWN', 'RELENT', 'ACQUIESCE', '+BOW_TO', '+CAVE_IN', 'BACKTRACK', '+CLIMB_DOWN', 'COMPROMISE', 'SOFTEN'],
      ['- * (TO PRESSURE) [080]', '- * (TO &DEMAND) [083]', '- * POWER [0831]', '- * DEFEAT [080]',
       '- * STANCE [080]', '- * POSITION [080]', '- * GROUND [080]', '- * TERRITORY [0842]'])
EASE_PATS = ['- * RESTRICTION [081]', '- * {MEDIA RESTRICTION} [0811]', '- * CENSORSHIP [0811]',
       '- * BAN (ON &MEDIA) [0811]', '- * BAN (ON &PROTEST) [0811]', '- * BAN (ON &PARTY) [0812]',
       '- * BAN (ON PARTY) [0812]', '- * BAN (ON CANDIDATE) [0812]', '- * CURFEW [0813]',
       '- * {STATE OF EMERGENCY} [0814]', '- * {MARTIAL LAW} [0814]', '- * {EMERGENCY RULE} [0814]',
       '- * EMERGENCY [0814]', '- * &SANCTION [085]', '- * TARIFF [085]', '- * {ARMS EMBARGO} [085]',
       '- * {TRAVEL BAN} [081]', '- * BLOCKADE [0872]', '- * SIEGE [0872]', '- * {NO-FLY ZONE} [0872]',
       '- * CHECKPOINT [0872]', '- * ASSET [085]', '- * ACCOUNT [085]', '- * TENSION [087]',
       '- * PRESSURE [080]', '- * CONCERN [013]', '- * FEAR [013]', '- * IMMUNITY [---]',
       '- * BAN [081]', '- * OBJECTION [080]', '- * VETO [080]', '- * {LOCKDOWN} [081]']
block('EASE', '081', ['EASE', 'RELAX', 'LOOSEN', 'REVOKE', 'RESCIND', 'REPEAL', 'SCRAP', 'ABOLISH', 'WAIVE', 'UNFREEZE', 'UNBLOCK', '+ROLL_BACK'], EASE_PATS)
# LIFT alone is no easing ('the rocket lifted off'); lifting sanctions or a ban is
block('LIFT', '---', ['LIFT'], EASE_PATS)
block('ACCEDE', '083', ['ACCEDE', 'COMPLY', '+GIVE_WAY'],
      ['- * (WITH &DEMAND) [083]', '- * (TO &DEMAND) [083]', '- * (WITH RESOLUTION) [083]',
       '- * (WITH &AGREEMENT) [083]'])
block('RESIGN', '0831', ['RESIGN', '+STEP_DOWN', '+STAND_DOWN', 'ABDICATE', 'QUIT', '+STEP_ASIDE'],
      ['- * (AS PRESIDENT) [0831]', '- * (FROM GOVERNMENT) [0831]', '- * (FROM POST) [0831]'])
block('REFORM', '---', ['AMEND', 'REFORM', 'REVISE', 'REVERSE', 'OVERHAUL', 'OVERTURN', 'DEMOCRATIZE',
                        'DEMOCRATISE', 'LIBERALIZE', 'LIBERALISE', 'RESTRUCTURE', 'DISSOLVE'],
      ['- * CONSTITUTION [0834]', '- * {ELECTORAL LAW} [0834]', '- * PARLIAMENT [0834]',
       '- * INSTITUTION [0834]', '- * LAW [0832]', '- * POLICY [0832]', '- * DECISION [0832]',
       '- * DECREE [0832]', '- * BAN [0811]', '- * &PARTY [1722]', '- * PARTY [1722]', '- * MILITIA [0873]',
       '- * &RIGHTS_ [0833]'])
RELEASE_PATS = ['- * &PRISONER [0841]', '- * {POLITICAL PRISONER} [0841]', '- * ACTIVIST [0841]',
       '- * JOURNALIST [0841]', '- * SOLDIER [0841]', '- * FISHERMAN [0841]', '- * CREW [0841]',
       '- * SAILOR [0841]', '- * BODY [0841]', '- * REMAINS [0841]', '- * CITIZEN [0841]',
       '- * &PROPERTY [0842]', '- * SHIP [0842]', '- * VESSEL [0842]', '- * TANKER [0842]',
       '- * AIRCRAFT [0842]', '- * CARGO [0842]', '- * &MONEY [0842]', '- * {FROZEN ASSETS} [0842]',
       '- * STATEMENT [010]', '- * REPORT [010]', '- * VIDEO [010]', '- * FOOTAGE [010]',
       '- * COMMUNIQUE [010]', '- * DETAILS [010]', '- * FIGURES [010]', '- * DATA [010]',
       '- * RESULT [010]', '- * &FIGHTER [0841]',
       # what a company or a pollster releases is no release of people or property
       '- * PROPOSAL [---]', '- * POLL [---]', '- * SURVEY [---]', '- * STUDY [---]', '- * FORECAST [---]',
       '- * ESTIMATE [---]', '- * EARNINGS [---]', '- * PROFIT [---]', '- * BUDGET [---]', '- * ALBUM [---]',
       '- * FILM [---]', '- * PRODUCT [---]', '- * VERSION [---]']
block('RELEASE', '084', ['RELEASE', 'FREE', '+SET_FREE', 'PARDON', 'DISCHARGE', 'REPATRIATE', 'UNSHACKLE',
                         'SWAP', '+LET_GO'], RELEASE_PATS)
block('RETURN', '---', ['RETURN', '+HAND_BACK', '+GIVE_BACK', 'RESTITUTE', 'CEDE', 'RELINQUISH'],
      ['- * &PRISONER [0841]', '- * BODY [0841]', '- * REMAINS [0841]', '- * TERRITORY [0842]',
       '- * LAND [0842]', '- * &PROPERTY [0842]', '- * ISLAND [0842]', '- * ARTIFACT [0842]',
       '- * (TO &TALKS) [036]', '- * (TO TABLE) [036]', '- * (TO NEGOTIATING_TABLE) [036]',
       '- * (TO &AGREEMENT) [037]', '- * (TO) [042:043]', '- * AMBASSADOR [054]', '- * CONTROL [0842]',
       '- * POWER [0831]', '- * FIRE [190]'])
block('DE-ESCALATE', '087', ['DE-ESCALATE', 'DEESCALATE', 'DEFUSE', '+CALM_DOWN', '+PULL_BACK'],
      ['- * TENSION [087]', '- * CRISIS [087]', '- * TROOP [0874]', '- * &MILITARY [0874]',
       '- * (FROM BORDER) [0874]', '- * (FROM &PLACE) [0874]'])
block('DECLARE', '---', ['DECLARE', 'PROCLAIM', 'IMPLEMENT', 'OBSERVE', 'RESPECT', 'HONOR',
                         'HONOUR', 'UPHOLD', '+ABIDE_BY'],
      ['- * &CEASEFIRE [0871]', '- * {UNILATERAL CEASEFIRE} [0871]', '- * {STATE OF EMERGENCY} [1724]',
       '- * {MARTIAL LAW} [1724]', '- * EMERGENCY [1724]', '- * CURFEW [1723]', '- * LOCKDOWN [172]',
       '- * WAR (ON) [190]', '- * WAR [190]', '- * {PERSONA NON GRATA} [161]', '- * INDEPENDENCE [---]',
       '- * VICTORY [010]', '- * SUPPORT [051]', '- * SOLIDARITY [018]', '- * &WITHDRAWAL [0874]',
       '- * {NO-FLY ZONE} [191]', '- * BLOCKADE [191]', '- * EVACUATION [---]', '- * ARREST [173]',
       '- * EXPULSION [174]', '- * &AGREEMENT [057]', '- * RESOLUTION [083]', '- * &RIGHTS_ [0833]',
       '- * {MINUTE SILENCE} [017]', '- * {DAY OF MOURNING} [017]', '- * MOURNING [017]',
       '- * AMNESTY [056]', '- * &SANCTION [163]', '- * ATTACK [190]', '- * OFFENSIVE [190]',
       '- * MOBILIZATION [154]', '- * MOBILISATION [154]', '- * {GENERAL MOBILIZATION} [154]',
       '- * DEMOBILIZATION [0873]', '- * DISARMAMENT [0873]', '- * RELEASE [0841]', '- * VICTIM [017]',
       '- * MEMORY [017]', '- * DEAD [017]', '- * (WITH AWARD) [051]'])
block('ALLOW', '086', ['ALLOW', 'PERMIT', '+LET_IN', 'ADMIT', 'AUTHORIZE', 'AUTHORISE'],
      ['- * FORCE [138]', '- * {USE OF FORCE} [138]', '- * STRIKE [138]', '- * ATTACK [138]',
       '- * {MILITARY ACTION} [138]', '- * DEPLOYMENT [154]', '- * SALE (OF &WEAPON) [072]', '- * SALE [061]',
       '- * &INSPECTOR [0862]', '- * {UN INSPECTOR} [0862]', '- * INSPECTION [0862]', '- * PEACEKEEPER [0861]',
       '- * {PEACEKEEPING FORCE} [0861]', '- * {HUMANITARIAN AID} [0863]', '- * &AID [0863]',
       '- * {HUMANITARIAN ACCESS} [0863]', '- * ACCESS [086]', '- * DELIVERY [0863]', '- * CONVOY [0863]',
       '- * {AID CONVOY} [0863]', '- * &FOOD [0863]', '- * {AID WORKER} [0863]', '- * ENTRY [086]',
       '- * &PROTEST [0811]', '- * &PARTY [0812]', '- * CANDIDATE [0812]', '- * EVACUATION [0863]',
       '- * REFUGEE [075]', '- * &MEDIA [0811]', '- * JOURNALIST [0811]'])
block('DEMOBILIZE', '0873', ['DISARM', 'DEMOBILIZE', 'DEMOBILISE', 'DISBAND', 'DECOMMISSION', 'DISMANTLE', '+LAY_DOWN'],
      ['- * ARMS [0873]', '- * &WEAPON [0873]', '- * MILITIA [0873]', '- * &FIGHTER [0873]', '- * REBEL [0873]',
       '- * {NUCLEAR PROGRAM} [0832]', '- * {NUCLEAR PROGRAMME} [0832]', '- * CHECKPOINT [0872]',
       '- * BARRICADE [082]', '- * CAMP [082]', '- * SETTLEMENT [0842]', '- * OUTPOST [0874]'])
block('RETREAT', '0874', ['RETREAT', 'SURRENDER', 'CAPITULATE', 'FLEE', 'EVACUATE', '+PULL_OUT', '+MOVE_OUT',
                          'WITHDRAW', 'ABANDON'],
      ['- * TROOP (FROM +) [0874]', '- * &MILITARY (FROM +) [0874]', '- * FORCES (FROM +) [0874]',
       '- * (FROM +) [0874]', '- * TROOP [0874]', '- * &MILITARY [0874]', '- * FORCES [0874]', '- * (FROM &PLACE) [0874]',
       '- * &PLACE [0874]', '- * &DIPLOMAT [161]', '- * {EMBASSY STAFF} [161]', '- * RECOGNITION [161]',
       '- * PEACEKEEPER [1661]', '- * {PEACEKEEPING FORCE} [1661]', '- * {PEACEKEEPING MISSION} [1661]',
       '- * MISSION [1661]', '- * &INSPECTOR [1662]', '- * {AID WORKER} [1663]', '- * {AID AGENCY} [1663]',
       '- * {AID STAFF} [1663]', '- * (FROM &TALKS) [164]', '- * (FROM &MEDIATION) [165]',
       '- * (FROM &AGREEMENT) [127]', '- * (FROM ALLIANCE) [160]', '- * (FROM ORGANIZATION) [160]',
       '- * SUPPORT [160]', '- * &AID [162]', '- * {ECONOMIC AID} [1621]', '- * {MILITARY AID} [1622]',
       '- * {HUMANITARIAN AID} [1623]', '- * &ACCUSATION [080]', '- * COMPLAINT [080]', '- * BID [080]',
       '- * CANDIDACY [0831]', '- * NOMINATION [080]', '- * PROPOSAL [080]', '- * CITIZEN [---]', '- * CIVILIAN [---]', '- * RESIDENT [---]',
       '- * &TALKS [164]', '- * &PROTEST [082]', '- * DEMAND [080]', '- * PLAN [0832]', '- * POST [0831]'])
block('END', '---', ['END', 'HALT', 'STOP', 'SUSPEND', 'CEASE', 'TERMINATE', 'FREEZE', '+CALL_OFF',
                     'DISCONTINUE', 'POSTPONE', 'DELAY', 'SHELVE', 'CANCEL', 'PAUSE'],
      ['- * &PROTEST [082]', '- * STRIKE [082]', '- * {HUNGER STRIKE} [082]', '- * {GENERAL STRIKE} [082]',
       '- * CAMPAIGN [082]', '- * INSURGENCY [087]', '- * REBELLION [087]', '- * BOYCOTT [085]',
       '- * BLOCKADE [0872]', '- * SIEGE [0872]', '- * OCCUPATION [0874]', '- * FIGHTING [087]',
       '- * HOSTILITIES [087]', '- * WAR [087]', '- * CONFLICT [087]', '- * VIOLENCE [087]',
       '- * OFFENSIVE [087]', '- * ATTACK [087]', '- * BOMBING [087]', '- * AIRSTRIKE [087]',
       '- * SHELLING [087]', '- * OPERATION [087]', '- * {MILITARY OPERATION} [087]',
       '- * {STATE OF EMERGENCY} [0814]', '- * {MARTIAL LAW} [0814]', '- * CURFEW [0813]',
       '- * CENSORSHIP [0811]', '- * &SANCTION [085]', '- * &AID [162]', '- * {ECONOMIC AID} [1621]',
       '- * {FINANCIAL AID} [1621]', '- * &MONEY [1621]', '- * LOAN [1621]', '- * {MILITARY AID} [1622]',
       '- * &WEAPON [1622]', '- * {ARMS SALES} [1622]', '- * {HUMANITARIAN AID} [1623]',
       '- * {FOOD AID} [1623]', '- * &TALKS [164]', '- * NEGOTIATION [164]', '- * &MEDIATION [165]',
       '- * {MEDIATION EFFORT} [165]', '- * COOPERATION [160]', '- * {MILITARY COOPERATION} [160]',
       '- * RELATIONS [161]', '- * {DIPLOMATIC RELATIONS} [161]', '- * TIES [161]', '- * TRADE [163]',
       '- * IMPORT [163]', '- * EXPORT [163]', '- * SHIPMENT [163]', '- * FLIGHT [163]',
       '- * PARTICIPATION [160]', '- * MEMBERSHIP [160]', '- * INSPECTION [1662]',
       '- * {MONITORING MISSION} [1662]', '- * {PEACEKEEPING MISSION} [1661]', '- * MISSION [166]',
       '- * ENRICHMENT [0832]', '- * {URANIUM ENRICHMENT} [0832]', '- * {NUCLEAR PROGRAM} [0832]',
       '- * {NUCLEAR PROGRAMME} [0832]', '- * {MISSILE TEST} [0832]', '- * TESTING [0832]',
       '- * CONSTRUCTION [0832]', '- * {SETTLEMENT CONSTRUCTION} [0832]', '- * DEPORTATION [0832]',
       '- * EXECUTION [0832]', '- * ASSET [163]', '- * ACCOUNT [163]', '- * VISIT [160]',
       '- * TRIP [160]', '- * SUMMIT [125]', '- * MEETING [125]', '- * ELECTION [---]', '- * &CEASEFIRE [196]',
       '- * &AGREEMENT [127]', '- * DETENTION [0841]', '- * {HOUSE ARREST} [0841]', '- * OBSTRUCTION [082]',
       '- * CRACKDOWN [082]', '- * REPRESSION [082]', '- * {TRAVEL BAN} [081]'])
# ---------------------------------------------------------------- 09 investigate
block('INVESTIGATE', '090', ['INVESTIGATE', 'PROBE', 'EXAMINE', 'INSPECT', 'SCRUTINIZE', 'SCRUTINISE', 'AUDIT',
                             '+LOOK_INTO', 'RESEARCH', '+DELVE_INTO', 'VERIFY', 'MONITOR', 'EXHUME'],
      ['- * CORRUPTION [091]', '- * CRIME [091]', '- * FRAUD [091]', '- * BRIBERY [091]', '- * MURDER [091]',
       '- * KILLING [091]', '- * EMBEZZLEMENT [091]', '- * {MONEY LAUNDERING} [091]', '- * SMUGGLING [091]',
       '- * TRAFFICKING [091]', '- * ABUSE [092]', '- * {HUMAN RIGHTS ABUSE} [092]',
       '- * {RIGHTS VIOLATION} [092]', '- * VIOLATION [092]', '- * TORTURE [092]', '- * DISAPPEARANCE [092]',
       '- * {EXTRAJUDICIAL KILLING} [092]', '- * ATTACK [093]', '- * AIRSTRIKE [093]', '- * {AIR STRIKE} [093]',
       '- * STRIKE [093]', '- * SHELLING [093]', '- * INCIDENT [093]', '- * {MILITARY ACTION} [093]',
       '- * SHOOTING [093]', '- * BOMBING [093]', '- * {WAR CRIME} [094]', '- * ATROCITY [094]',
       '- * MASSACRE [094]', '- * GENOCIDE [094]', '- * {CRIME AGAINST HUMANITY} [094]',
       '- * {ETHNIC CLEANSING} [094]', '- * {CHEMICAL ATTACK} [094]'])
block('OPEN', '---', ['OPEN', 'LAUNCH', 'INITIATE', 'BEGIN', 'START', 'COMMENCE', 'MOUNT', '+KICK_OFF',
                      'UNLEASH', 'SPEARHEAD'],
      ['- * INVESTIGATION [090]', '- * PROBE [090]', '- * INQUIRY [090]', '- * INQUEST [090]',
       '- * {CRIMINAL INVESTIGATION} [091]', '- * {CORRUPTION PROBE} [091]', '- * {WAR CRIMES INVESTIGATION} [094]',
       '- * (FIRE ON) [190]', '- * FIRE [190]', '- * &TALKS [046]', '- * {PEACE TALKS} [046]',
       '- * DIALOGUE [046]', '- * EMBASSY [054]', '- * CONSULATE [054]', '- * BORDER [0872]',
       '- * CROSSING [0863]', '- * {BORDER CROSSING} [0863]', '- * CORRIDOR [0863]',
       '- * {HUMANITARIAN CORRIDOR} [0863]', '- * AIRSPACE [0872]', '- * ATTACK [190]', '- * OFFENSIVE [190]',
       '- * {GROUND OFFENSIVE} [190]', '- * {COUNTER-OFFENSIVE} [190]', '- * COUNTEROFFENSIVE [190]',
       '- * ASSAULT [190]', '- * RAID [190]', '- * INCURSION [192]', '- * INVASION [192]', '- * WAR [190]',
       '- * AIRSTRIKE [195]', '- * {AIR STRIKE} [195]', '- * {AIR CAMPAIGN} [195]', '- * BOMBARDMENT [194]',
       '- * SHELLING [194]', '- * MISSILE [195]', '- * ROCKET [194]', '- * DRONE [195]',
       '- * {DRONE ATTACK} [195]', '- * {MISSILE ATTACK} [195]', '- * {ROCKET ATTACK} [194]',
       '- * {SUICIDE ATTACK} [1831]', '- * {HUNGER STRIKE} [142]', '- * STRIKE [143]', '- * &PROTEST [141]',
       '- * CRACKDOWN [175]', '- * PURGE [175]', '- * {LEGAL PROCEEDINGS} [115]', '- * LAWSUIT [115]',
       '- * PROSECUTION [173]', '- * TRIAL [173]', '- * {NUCLEAR TEST} [150]', '- * {MISSILE TEST} [150]',
       '- * EXERCISE [150]', '- * {JOINT EXERCISE} [062]', '- * CAMPAIGN [---]', '- * PROGRAM [---]',
       '- * (TO &TALKS) [036]', '- * (TO DIALOGUE) [036]', '- * MEDIATION [045]', '- * {AID OPERATION} [073]',
       '- * {RELIEF OPERATION} [073]', '- * EVACUATION [073]', '- * COUP [---]'])
# ---------------------------------------------------------------- 10 demand
block('DEMAND', '100', ['DEMAND', 'INSIST', '+PRESS_FOR', 'REQUIRE', '+INSIST_ON', 'CLAMOR', 'CLAMOUR', 'ORDER',
                        'PRESSURE'],
      ['- * ATTACK [190]', '- * STRIKE [190]', '- * AIRSTRIKE [195]', '- * {MILITARY ACTION} [190]',
       '- * OFFENSIVE [190]', '- * INVESTIGATION [090]', '- * PROBE [090]', '- * INQUIRY [090]',
       '- * &WITHDRAWAL (OF TROOP) [0874]', '- * &CEASEFIRE [0871]', '- * MOBILIZATION [154]',
       '- * CURFEW [1723]', '- * BLOCKADE [191]', '- * APOLOGY [100]', '- * COMPENSATION [100]', '- * EXPLANATION [101]', '- * ANSWER [101]',
       '- * ARREST [100]', '- * &PRISONER [1053]', '- * (TO STOP) [100]', '- * EVACUATION [---]',
       '- * (ON) [100]'],
      [('demand', 'direct'), ('demand', 'for')])
block('PRESS', '---', ['PRESS', 'PUSH', '+LEAN_ON'],
      ['- * (FOR) [100]', '- * (ON) [100]', '- * DEMAND [100]', '- * CHARGES [173]', '- * CLAIM [100]',
       '- * CASE [100]', '- * OFFENSIVE [190]', '- * ATTACK [190]', '- * (AHEAD WITH PLAN) [---]'],
      [('demand', 'for')])
# ---------------------------------------------------------------- 11 disapprove
block('DISAPPROVE', '110', ['DISAPPROVE', 'OBJECT', 'OPPOSE', 'DISAGREE', 'REGRET', '+FROWN_ON', 'DISLIKE',
                            'RESENT', 'CHALLENGE', 'DOUBT', 'REPROACH', 'CAUTION', 'ADMONISH', 'DEPRECATE'],
      ['- * (TO) [110]', '- * DECISION [110]', '- * PLAN [110]', '- * RESULT [110]', '- * LEGITIMACY [110]'])
block('CRITICIZE', '111', ['CRITICIZE', 'CRITICISE', 'DENOUNCE', 'CONDEMN', 'DECRY', 'DEPLORE', 'BLAST', 'SLAM',
                           'LAMBAST', 'LAMBASTE', 'CASTIGATE', 'REBUKE', 'CENSURE', 'CHASTISE', 'ASSAIL', 'BERATE',
                           'SCOLD', 'EXCORIATE', 'VILIFY', 'DEMONIZE', 'DEMONISE', 'RIDICULE', 'MOCK', 'DISPARAGE',
                           'BELITTLE', 'DERIDE', 'INSULT', 'SLANDER', 'DEFAME', 'SMEAR', 'REPROVE', 'UPBRAID',
                           'REVILE', 'ABHOR', 'DESPISE', 'LABEL', 'BRAND', '+HIT_OUT', '+LASH_OUT',
                           '+RAIL_AGAINST', 'FUME', 'RAIL', 'PILLORY', 'DENIGRATE', 'INVEIGH'],
      ['- * (TO DEATH) [116]', '- * (AS TERRORIST) [111]', '- * TERRORIST [111]'])
block('ACCUSE', '112', ['ACCUSE', 'BLAME', 'ALLEGE', 'INCRIMINATE', 'IMPLICATE', 'FAULT', 'IMPUGN'],
      ['- * (OF CORRUPTION) [1121]', '- * (OF CRIME) [1121]', '- * (OF FRAUD) [1121]', '- * (OF BRIBERY) [1121]',
       '- * (OF THEFT) [1121]', '- * (OF MURDER) [1121]', '- * (OF SMUGGLING) [1121]',
       '- * (OF {DRUG TRAFFICKING}) [1121]', '- * (OF {MONEY LAUNDERING}) [1121]', '- * (OF ABUSE) [1122]',
       '- * (OF {HUMAN RIGHTS ABUSE}) [1122]', '- * (OF {HUMAN RIGHTS VIOLATION}) [1122]',
       '- * (OF {RIGHTS ABUSE}) [1122]', '- * (OF TORTURE) [1122]', '- * (OF REPRESSION) [1122]',
       '- * (OF PERSECUTION) [1122]', '- * (OF DISCRIMINATION) [1122]', '- * (OF AGGRESSION) [1123]',
       '- * (OF ATTACK) [1123]', '- * (OF INVASION) [1123]', '- * (OF SHELLING) [1123]',
       '- * (OF PROVOCATION) [1123]', '- * (OF INCURSION) [1123]', '- * (OF {CEASEFIRE VIOLATION}) [1123]',
       '- * (OF VIOLATING) [1123]', '- * (OF OCCUPATION) [1123]', '- * (OF {WAR CRIME}) [1124]',
       '- * (OF GENOCIDE) [1124]', '- * (OF ATROCITY) [1124]', '- * (OF MASSACRE) [1124]',
       '- * (OF {ETHNIC CLEANSING}) [1124]', '- * (OF {CRIME AGAINST HUMANITY}) [1124]',
       '- * (OF ESPIONAGE) [1125]', '- * (OF SPYING) [1125]', '- * (OF TREASON) [1125]',
       '- * (OF SEDITION) [1125]', '- * (OF INTERFERENCE) [112]', '- * (OF MEDDLING) [112]',
       '- * (OF TERRORISM) [112]', '- * (OF SUPPORTING) [112]', '- * (FOR ATTACK) [1123]',
       '- * (FOR VIOLENCE) [112]', '- * (FOR DEATH) [112]', '- * (FOR KILLING) [112]'])
block('RALLY OPPOSITION', '113', ['+RALLY_AGAINST', '+CAMPAIGN_AGAINST', '+UNITE_AGAINST', 'ISOLATE'], [])
block('COMPLAIN', '114', ['COMPLAIN', 'SUMMON', 'REMONSTRATE'],
      ['- * AMBASSADOR [114]', '- * &DIPLOMAT [114]', '- * {CHARGE D\'AFFAIRES} [114]', '- * (TO UN) [114]',
       '- * (ABOUT) [114]', '- * (OVER) [114]', '- * WITNESS [173]', '- * (TO COURT) [173]'])
block('LODGE', '---', ['LODGE', 'FILE', 'SUBMIT', 'TABLE'],
      ['- * PROTEST [114]', '- * {FORMAL PROTEST} [114]', '- * COMPLAINT [114]', '- * {FORMAL COMPLAINT} [114]',
       '- * GRIEVANCE [114]', '- * OBJECTION [114]', '- * LAWSUIT [115]', '- * SUIT [115]', '- * CASE [115]',
       '- * CLAIM [115]', '- * PETITION [115]', '- * CHARGES [173]', '- * {CRIMINAL CHARGES} [173]',
       '- * INDICTMENT [173]', '- * APPEAL [115]', '- * RESOLUTION [---]', '- * MOTION [---]',
       '- * REQUEST [020]', '- * APPLICATION [020]', '- * BID [---]', '- * RESIGNATION [0831]',
       '- * REPORT [010]'])
block('SUE', '115', ['SUE', 'LITIGATE'], ['- * (FOR DAMAGES) [115]', '- * (OVER) [115]'])
block('CONVICT', '116', ['CONVICT', 'SENTENCE', 'FINE', 'PENALIZE', 'PENALISE'],
      ['- * (TO DEATH) [116]', '- * (TO PRISON) [116]', '- * (TO JAIL) [116]', '- * (IN ABSENTIA) [116]'])
# ---------------------------------------------------------------- 12 reject
block('REJECT', '120', ['REJECT', 'REFUSE', 'REBUFF', 'SPURN', '+TURN_DOWN', 'DISMISS', 'SNUB', 'RENOUNCE',
                        'DISREGARD', '+BRUSH_ASIDE', '+RULE_OUT', 'NULLIFY', 'ANNUL', 'INVALIDATE',
                        'RESIST', 'SHUN', 'FORSWEAR', 'BALK', 'BAULK'],
      ['- * COOPERATION [121]', '- * {ECONOMIC COOPERATION} [1211]', '- * TRADE [1211]',
       '- * INVESTMENT [1211]', '- * {MILITARY COOPERATION} [1212]', '- * {SECURITY COOPERATION} [1212]',
       '- * ALLIANCE [1212]', '- * {MILITARY ALLIANCE} [1212]', '- * &AID [121]', '- * REFORM [123]',
       '- * RESIGNATION [1231]', '- * {POLICY CHANGE} [1232]', '- * AUTONOMY [1234]',
       '- * INDEPENDENCE [1234]', '- * REFERENDUM [1234]', '- * SECESSION [1234]', '- * FEDERALISM [1234]',
       '- * RELEASE [1243]', '- * CONCESSION [124]', '- * COMPROMISE [124]', '- * ACCESS [1245]',
       '- * &INSPECTOR [1245]', '- * INSPECTION [1245]', '- * PEACEKEEPER [1245]', '- * {PEACEKEEPING FORCE} [1245]',
       '- * {PEACEKEEPING MISSION} [1245]', '- * &CEASEFIRE [1246]', '- * &WITHDRAWAL [1246]',
       '- * &TALKS [125]', '- * INVITATION [125]', '- * OFFER (OF &TALKS) [125]', '- * MEETING [125]',
       '- * SUMMIT [125]', '- * &MEDIATION [126]', '- * MEDIATOR [126]', '- * OFFER (OF &MEDIATION) [126]',
       '- * &AGREEMENT [127]', '- * PLAN [127]', '- * {PEACE PLAN} [127]', '- * PROPOSAL [127]',
       '- * {PEACE PROPOSAL} [127]', '- * SETTLEMENT [127]', '- * FRAMEWORK [127]', '- * ROADMAP [127]',
       '- * INITIATIVE [127]', '- * RESOLUTION [127]', '- * &ACCUSATION [016]', '- * CRITICISM [016]',
       '- * RESPONSIBILITY [016]', '- * ULTIMATUM [124]', '- * DEMAND [120]', '- * {ELECTION RESULT} [110]',
       '- * RESULT [110]', '- * LEGITIMACY [110]', '- * CANDIDACY [1722]', '- * VISA [1245]',
       '- * ENTRY [1245]', '- * {ASYLUM REQUEST} [120]', '- * EXTRADITION [1211]', '- * CREDENTIALS [161]'],
      [('reject', 'request')])
block('DEFY', '128', ['DEFY', 'FLOUT', 'DISOBEY', 'IGNORE', 'CONTRAVENE', 'BREACH', 'VIOLATE', 'TRANSGRESS',
                      'CIRCUMVENT', 'EVADE', 'BREAK', 'INFRINGE', 'SKIRT'],
      ['- * &CEASEFIRE [196]', '- * {CEASEFIRE AGREEMENT} [196]', '- * {CEASEFIRE DEAL} [196]',
       '- * {TRUCE DEAL} [196]', '- * &AGREEMENT [128]', '- * &SANCTION [128]', '- * {ARMS EMBARGO} [128]',
       '- * LAW [128]', '- * {INTERNATIONAL LAW} [128]', '- * RESOLUTION [128]', '- * SOVEREIGNTY [128]',
       '- * AIRSPACE [150]', '- * {TERRITORIAL WATERS} [150]', '- * BORDER [150]', '- * ORDER [128]',
       '- * CURFEW [128]', '- * BAN [128]', '- * SIEGE [190]', '- * BLOCKADE [191]',
       '- * (OFF &TALKS) [164]', '- * (OFF RELATIONS) [161]', '- * (OFF TIES) [161]', '- * RELATIONS [161]',
       '- * TIES [161]', '- * SILENCE [010]', '- * DEADLOCK [---]', '- * RECORD [---]', '- * &RIGHTS_ [---]',
       '- * RULE [128]', '- * NORM [128]', '- * CONSTITUTION [128]'])
block('RECALL', '---', ['RECALL'], ['- * AMBASSADOR [161]', '- * &DIPLOMAT [161]', '- * {EMBASSY STAFF} [161]'])
block('BREAK OFF', '161', ['+BREAK_OFF', 'SEVER', 'DOWNGRADE'],
      ['- * &TALKS [164]', '- * NEGOTIATION [164]', '- * &MEDIATION [165]', '- * ENGAGEMENT [161]',
       '- * AMBASSADOR [161]', '- * &DIPLOMAT [161]', '- * RELATIONS [161]', '- * TIES [161]',
       '- * {DIPLOMATIC TIES} [161]', '- * CONTACT [161]'])
block('VETO', '129', ['VETO', 'OVERRULE'],
      ['- * RESOLUTION [129]', '- * {DRAFT RESOLUTION} [129]', '- * BILL [129]', '- * MEASURE [129]',
       '- * MOTION [129]'])
# ---------------------------------------------------------------- 13 threaten
block('THREATEN', '130', ['THREATEN', 'MENACE', 'INTIMIDATE', 'BLUSTER', 'BRANDISH', 'WARN'],
      ['- * MEASURES [131]', '- * {ECONOMIC MEASURES} [131]', '- * COUNTERMEASURES [131]',
       '- * {COUNTER-MEASURES} [131]', '- * {AID CUT} [1311]', '- * CUT (IN &AID) [1311]',
       '- * CUTOFF (OF &AID) [1311]', '- * SUSPENSION (OF &AID) [1311]', '- * &SANCTION [1312]',
       '- * TARIFF [1312]', '- * {TRADE WAR} [1312]', '- * RUPTURE [1313]', '- * {DIPLOMATIC RUPTURE} [1313]',
       '- * EXPULSION (OF &DIPLOMAT) [1313]', '- * DOWNGRADE (OF RELATIONS) [1313]',
       '- * RESTRICTION [132]', '- * {ADMINISTRATIVE MEASURES} [132]', '- * CENSORSHIP [1321]',
       '- * BAN (ON &MEDIA) [1321]', '- * BAN (ON &PROTEST) [1321]', '- * BAN (ON &PARTY) [1322]',
       '- * BAN (ON PARTY) [1322]', '- * DISQUALIFICATION [1322]', '- * CURFEW [1323]',
       '- * {MARTIAL LAW} [1324]', '- * {STATE OF EMERGENCY} [1324]', '- * {EMERGENCY RULE} [1324]',
       '- * &PROTEST [133]', '- * {MASS PROTEST} [133]', '- * {GENERAL STRIKE} [133]', '- * STRIKE [133]',
       '- * BOYCOTT (OF ELECTION) [133]', '- * UNREST [133]', '- * WALKOUT [134]',
       '- * &WITHDRAWAL (FROM &TALKS) [134]', '- * SUSPENSION (OF &TALKS) [134]',
       '- * &WITHDRAWAL (FROM &MEDIATION) [135]', '- * END (OF &MEDIATION) [135]',
       '- * EXPULSION (OF PEACEKEEPER) [136]', '- * EXPULSION (OF &INSPECTOR) [136]',
       '- * EXPULSION (OF {AID WORKER}) [136]', '- * CRACKDOWN [137]', '- * {VIOLENT RESPONSE} [137]',
       '- * REPRESSION [137]', '- * ARREST [137]', '- * FORCE [138]', '- * {MILITARY FORCE} [138]',
       '- * {MILITARY ACTION} [138]', '- * {MILITARY RESPONSE} [138]', '- * RETALIATION [138]',
       '- * REPRISAL [138]', '- * REVENGE [138]', '- * WAR [138]', '- * ESCALATION [138]',
       '- * BLOCKADE [1381]', '- * {NAVAL BLOCKADE} [1381]', '- * SIEGE [1381]', '- * INVASION [1382]',
       '- * OCCUPATION [1382]', '- * ANNEXATION [1382]', '- * {GROUND INVASION} [1382]',
       '- * {SUICIDE ATTACK} [1383]', '- * {SUICIDE BOMBING} [1383]', '- * BOMBING [1383]',
       '- * ASSASSINATION [1383]', '- * KIDNAPPING [1383]', '- * {TERROR ATTACK} [1383]',
       '- * ATTACK [1384]', '- * STRIKE (ON) [1384]', '- * AIRSTRIKE [1384]', '- * {AIR STRIKE} [1384]',
       '- * {MISSILE STRIKE} [1384]', '- * OFFENSIVE [1384]', '- * {MILITARY STRIKE} [1384]',
       '- * {PRE-EMPTIVE STRIKE} [1384]', '- * {NUCLEAR ATTACK} [1385]', '- * {NUCLEAR STRIKE} [1385]',
       '- * {NUCLEAR WAR} [1385]', '- * &WMD [1385]', '- * {CHEMICAL ATTACK} [1385]',
       '- * ULTIMATUM [139]', '- * (OF FAMINE) [012]', '- * (OF CRISIS) [012]', '- * (OF CATASTROPHE) [012]',
       '- * (OF DISASTER) [012]', '- * (OF COLLAPSE) [012]', '- * (OF RISK) [012]', '- * (OF DANGER) [012]',
       '- * (OF SHORTAGE) [012]', '- * (OF FAILURE) [012]', '- * (OF RETALIATION) [138]',
       '- * (OF CONSEQUENCES) [130]', '- * (OF WAR) [138]', '- * (OF RESPONSE) [130]',
       '- * (OF &SANCTION) [1312]', '- * (AGAINST INTERFERENCE) [130]'])
block('ISSUE', '---', ['ISSUE', 'SET'],
      ['- * ULTIMATUM [139]', '- * DEADLINE [139]', '- * WARNING [130]', '- * THREAT [130]',
       '- * STATEMENT [010]', '- * APPEAL [020]', '- * CALL [020]', '- * PLEA [020]', '- * DEMAND [100]',
       '- * {ARREST WARRANT} [173]', '- * WARRANT [173]', '- * SUMMONS [173]', '- * INDICTMENT [173]',
       '- * VERDICT [116]', '- * RULING [---]', '- * APOLOGY [055]', '- * DENIAL [016]', '- * CONDEMNATION [111]',
       '- * REBUKE [111]', '- * PROTEST [114]', '- * {TRAVEL WARNING} [012]', '- * {TRAVEL ADVISORY} [012]',
       '- * INVITATION [036]', '- * VISA [---]', '- * DECREE [---]', '- * {EXECUTIVE ORDER} [---]',
       '- * CONDITION [100]', '- * CONDITIONS [100]', '- * FIRE (TO) [1712]', '- * (ON FIRE) [1712]',
       '- * (ABLAZE) [1712]', '- * PRECONDITION [100]', '- * TERMS [100]'])
# ---------------------------------------------------------------- 14 protest
block('PROTEST', '140', ['PROTEST', 'DEMONSTRATE', 'MARCH', 'PICKET', 'AGITATE', 'CHANT', 'DISSENT', 'REBEL',
                         'REVOLT', '+RISE_UP', 'MUTINY'],
      ['- * (AGAINST GOVERNMENT) [1411]', '- * (AGAINST PRESIDENT) [1411]', '- * (AGAINST REGIME) [1411]',
       '- * (AGAINST LEADER) [1411]', '- * (AGAINST RULE) [1411]', '- * (FOR RESIGNATION) [1411]',
       '- * (FOR OUSTER) [1411]', '- * (AGAINST LAW) [1412]', '- * (AGAINST POLICY) [1412]',
       '- * (AGAINST TAX) [1412]', '- * (AGAINST PRICE) [1412]', '- * (AGAINST DECISION) [1412]',
       '- * (AGAINST CORRUPTION) [1412]', '- * (AGAINST AUSTERITY) [1412]', '- * (AGAINST WAR) [1412]',
       '- * (AGAINST &AGREEMENT) [1412]', '- * (FOR &RIGHTS_) [1413]', '- * (FOR {HUMAN RIGHTS}) [1413]',
       '- * (FOR {WOMEN RIGHTS}) [1413]', '- * (AGAINST DISCRIMINATION) [1413]', '- * (FOR &REFORM) [1414]',
       '- * (FOR DEMOCRACY) [1414]', '- * (FOR INDEPENDENCE) [1414]', '- * (FOR AUTONOMY) [1414]',
       '- * (AGAINST CONSTITUTION) [1414]', '- * (AGAINST ELECTION) [1414]', '- * (AGAINST COUP) [1414]',
       '- * (AGAINST) [140]', '- * (OUTSIDE EMBASSY) [141]', '- * (IN STREETS) [141]', '- * (IN SQUARE) [141]',
       '- * STRENGTH [150]', '- * RESOLVE [010]', '- * COMMITMENT [030]', '- * WILLINGNESS [030]',
       '- * SUPPORT [051]', '- * SOLIDARITY [018]', '- * (AGAINST GOVERNMENT) (IN CAPITAL) [1411]'])
block('HUNGER STRIKE', '142', ['FAST'],
      ['- * (AGAINST DETENTION) [1423]', '- * (FOR RELEASE) [1423]', '- * (FOR &RIGHTS_) [1423]',
       '- * (FOR RESIGNATION) [1421]', '- * (AGAINST GOVERNMENT) [1421]', '- * (AGAINST POLICY) [1422]',
       '- * (AGAINST LAW) [1422]', '- * (FOR &REFORM) [1424]', '- * (FOR DEMOCRACY) [1424]',
       '- * (FOR INDEPENDENCE) [1424]'])
block('STRIKE LABOR', '143', ['+WALK_OUT', 'BOYCOTT', '+STAY_AWAY'],
      ['- * (FOR RESIGNATION) [1431]', '- * (AGAINST GOVERNMENT) [1431]', '- * (AGAINST PRESIDENT) [1431]',
       '- * (AGAINST POLICY) [1432]', '- * (AGAINST LAW) [1432]', '- * (AGAINST TAX) [1432]',
       '- * (AGAINST PRICE) [1432]', '- * (FOR WAGE) [1432]', '- * (OVER PAY) [1432]', '- * (FOR PAY) [1432]',
       '- * (FOR &RIGHTS_) [1433]', '- * (FOR &REFORM) [1434]', '- * (FOR DEMOCRACY) [1434]',
       '- * ELECTION [1431]', '- * VOTE [1431]', '- * PARLIAMENT [1434]', '- * &TALKS [125]', '- * SUMMIT [125]',
       '- * MEETING [125]', '- * CONFERENCE [125]', '- * PRODUCT [143]', '- * GOODS [143]',
       '- * (OF &TALKS) [164]', '- * (FROM &TALKS) [164]'])
block('OBSTRUCT', '144', ['OBSTRUCT', 'BARRICADE', 'BLOCK', '+SIT_IN'],
      ['- * ROAD [144]', '- * HIGHWAY [144]', '- * STREET [144]', '- * BRIDGE [144]', '- * ENTRANCE [144]',
       '- * RAILWAY [144]', '- * TRAFFIC [144]', '- * ROUTE [144]', '- * (FOR RESIGNATION) [1441]',
       '- * ROAD (AGAINST GOVERNMENT) [1441]', '- * ROAD (FOR RESIGNATION) [1441]',
       '- * ROAD (AGAINST POLICY) [1442]', '- * ROAD (AGAINST LAW) [1442]', '- * ROAD (AGAINST PRICE) [1442]',
       '- * ROAD (FOR &RIGHTS_) [1443]', '- * ROAD (FOR &REFORM) [1444]', '- * ROAD (FOR DEMOCRACY) [1444]',
       '- * (AGAINST POLICY) [1442]', '- * (FOR &RIGHTS_) [1443]', '- * (FOR &REFORM) [1444]',
       '- * RESOLUTION [129]', '- * {UN RESOLUTION} [129]', '- * {DRAFT RESOLUTION} [129]', '- * BILL [---]',
       '- * &AID [191]', '- * {AID CONVOY} [191]', '- * CONVOY [191]', '- * DELIVERY [191]', '- * ACCESS [191]',
       '- * {HUMANITARIAN ACCESS} [191]', '- * BORDER [191]', '- * CROSSING [191]', '- * PORT [191]',
       '- * SHIPPING [191]', '- * STRAIT [191]', '- * AIRSPACE [191]', '- * &INSPECTOR [1245]',
       '- * INSPECTION [1245]', '- * INVESTIGATION [1245]', '- * &TALKS [125]', '- * ENTRY [172]',
       '- * WEBSITE [1721]', '- * INTERNET [1721]', '- * &MEDIA [1721]', '- * ATTACK [---]', '- * MISSILE [---]',
       '- * {ARMS SALE} [1622]', '- * FUNDS [163]', '- * ASSET [163]', '- * ACCOUNT [163]'])
block('RIOT', '145', ['RIOT', 'RAMPAGE', 'LOOT', '+RUN_AMOK', 'RANSACK', 'STORM', '+RUN_RIOT'],
      ['- * (FOR RESIGNATION) [1451]', '- * (AGAINST GOVERNMENT) [1451]', '- * (AGAINST PRESIDENT) [1451]',
       '- * (AGAINST POLICY) [1452]', '- * (AGAINST LAW) [1452]', '- * (AGAINST PRICE) [1452]',
       '- * (AGAINST TAX) [1452]', '- * (FOR &RIGHTS_) [1453]', '- * (AGAINST DISCRIMINATION) [1453]',
       '- * (FOR &REFORM) [1454]', '- * (FOR DEMOCRACY) [1454]', '- * (FOR INDEPENDENCE) [1454]',
       '- * EMBASSY [145]', '- * PARLIAMENT [145]', '- * {POLICE STATION} [145]', '- * PRISON [145]',
       '- * &PLACE [192]', '- TROOP * [192]', '- &MILITARY * [192]', '- POLICE * [175]', '- COMMANDO * [190]'])
block('CLASH', '190', ['CLASH', 'SKIRMISH', 'SCUFFLE', 'BRAWL', 'TUSSLE', 'BATTLE', 'FIGHT', 'COMBAT',
                       'FEUD'],
      ['- PROTESTER * [145]', '- DEMONSTRATOR * [145]', '- RIOTER * [145]', '- STUDENT * [145]',
       '- SUPPORTER * [145]', '- MOB * [145]', '- CROWD * [145]', '- * (WITH POLICE) [145]',
       '- * (WITH {RIOT POLICE}) [145]', '- * (WITH &PROTEST) [175]', '- * (WITH PROTESTER) [175]',
       '- * (WITH RIOTER) [175]', '- * (WITH MOB) [175]', '- * (WITH CROWD) [175]',
       '- * (WITH DEMONSTRATOR) [175]', '- POLICE * [175]', '- * (WITH &MILITARY) [190]',
       '- * (WITH REBEL) [190]', '- * (WITH MILITANT) [190]', '- * (WITH GUNMAN) [193]',
       '- * (OVER) [110]', '- * CORRUPTION [---]', '- * POVERTY [---]', '- * TERRORISM [---]', '- * CRIME [---]',
       '- * (AGAINST TERRORISM) [---]', '- * DISEASE [---]', '- * FIRE [---]', '- * (FOR &RIGHTS_) [140]',
       '- * (WITH {SMALL ARMS}) [193]', '- * (WITH RIFLE) [193]', '- * (WITH ARTILLERY) [194]',
       '- * (WITH TANK) [194]'])
# ---------------------------------------------------------------- 15 force posture
block('FORCE POSTURE', '150', ['PARADE', '+FLEX_MUSCLE', 'BUZZ', 'PATROL', 'MANEUVER', 'MANOEUVRE', 'OVERFLY',
                               'INTERCEPT', 'SHADOW', 'TEST-FIRE', 'TEST'],
      ['- * MISSILE [150]', '- * {BALLISTIC MISSILE} [150]', '- * {NUCLEAR DEVICE} [150]', '- * ROCKET [150]',
       '- * &WEAPON [150]', '- * WARPLANE [150]', '- * JET [150]', '- * AIRCRAFT [150]', '- * SHIP [150]',
       '- * VESSEL [150]', '- * WARSHIP [150]', '- * BORDER [150]', '- * WATERS [150]', '- * AIRSPACE [150]',
       '- * STRAIT [150]', '- * STREET [153]', '- * RESOLVE [010]', '- * LOYALTY [010]', '- * POSITIVE [---]',
       '- * VACCINE [---]', '- * DRUG [---]', '- * PATIENCE [---]', '- * LIMIT [---]'])
block('SHOW', '---', ['SHOW', 'DISPLAY', 'EXHIBIT'],
      ['- * FORCE [150]', '- * STRENGTH [150]', '- * MIGHT [150]', '- * {MILITARY MIGHT} [150]',
       '- * {MILITARY POWER} [150]', '- * {MILITARY STRENGTH} [150]', '- * MUSCLE [150]', '- * SUPPORT [051]',
       '- * SOLIDARITY [018]', '- * INTEREST [030]', '- * FLEXIBILITY [030]', '- * WILLINGNESS [030]',
       '- * READINESS [030]', '- * RESTRAINT [087]', '- * DETERMINATION [010]', '- * DISSATISFACTION [110]',
       '- * DISPLEASURE [110]', '- * ANGER [111]', '- * DOOR [174]', '- * PROOF [064]', '- * EVIDENCE [064]'])
block('ALERT', '---', ['ALERT', 'TIGHTEN', 'HEIGHTEN', 'RAISE', 'INCREASE', 'INTENSIFY',
                       'BOOST', '+BEEF_UP', '+STEP_UP', 'REINFORCE', 'ESCALATE', 'EXPAND', '+BUILD_UP', 'BOLSTER'],
      ['- * SECURITY [151]', '- * {SECURITY MEASURES} [151]', '- * {SECURITY ALERT} [151]',
       '- * {TERROR ALERT} [151]', '- * {THREAT LEVEL} [151]', '- * {POLICE PRESENCE} [153]',
       '- * CHECKPOINT [151]', '- * {BORDER SECURITY} [151]', '- * {BORDER CONTROL} [151]',
       '- * {ALERT LEVEL} [152]', '- * ALERT [152]', '- * {COMBAT READINESS} [152]', '- * READINESS [152]',
       '- * {DEFENCE READINESS} [152]', '- * {DEFENSE READINESS} [152]', '- * TROOP [154]',
       '- * {TROOP PRESENCE} [154]', '- * {MILITARY PRESENCE} [154]', '- * DEPLOYMENT [154]',
       '- * &MILITARY [154]', '- * {DEFENCE SPENDING} [154]', '- * {DEFENSE SPENDING} [154]',
       '- * {MILITARY SPENDING} [154]', '- * BUILDUP [154]', '- * FORCES [154]', '- * BORDER [151]',
       '- * &SANCTION [163]', '- * TARIFF [163]', '- * RESTRICTION [172]', '- * CENSORSHIP [1721]',
       '- * CRACKDOWN [175]', '- * BLOCKADE [191]', '- * SIEGE [191]', '- * ATTACK [190]',
       '- * AIRSTRIKE [195]', '- * {AIR STRIKE} [195]', '- * BOMBING [195]', '- * SHELLING [194]',
       '- * OFFENSIVE [190]', '- * FIGHTING [190]', '- * &AID [070]', '- * {MILITARY AID} [072]',
       '- * {HUMANITARIAN AID} [073]', '- * &MONEY [071]', '- * COOPERATION [060]', '- * TRADE [061]',
       '- * INVESTMENT [061]', '- * PRESSURE [170]', '- * CONCERN [012]', '- * TENSION [---]',
       '- * &PROTEST [140]', '- * (ON ALERT) [152]', '- * &TALKS [046]', '- * &ACCUSATION [112]',
       '- * CRITICISM [111]', '- * QUESTION [---]', '- * ISSUE [010]', '- * FLAG [017]', '- * {ALARM} [012]',
       '- * &MEDIATION [045]'])
block('PUT', '---', ['PUT', 'PLACE'],
      ['- * (ON ALERT) [152]', '- * (ON {HIGH ALERT}) [152]', '- * (ON {COMBAT ALERT}) [152]',
       '- * POLICE (ON ALERT) [151]', '- * (ON {STANDBY}) [152]', '- * (UNDER {HOUSE ARREST}) [173]',
       '- * (UNDER ARREST) [173]', '- * (ON TRIAL) [173]', '- * (IN JAIL) [173]', '- * (IN PRISON) [173]',
       '- * (BEHIND BARS) [173]', '- * (UNDER CURFEW) [1723]', '- * (UNDER {MARTIAL LAW}) [1724]',
       '- * (UNDER {STATE OF EMERGENCY}) [1724]', '- * (UNDER SIEGE) [191]', '- * &SANCTION (ON) [163]',
       '- * (TO DEATH) [1823]', '- * PRESSURE (ON) [170]', '- * PROPOSAL [---]', '- * (ON BLACKLIST) [163]',
       '- * (ON {TERRORIST LIST}) [1722]', '- * TROOP [154]', '- * (ON {WAR FOOTING}) [152]',
       '- * (DOWN REBELLION) [175]', '- * (DOWN UPRISING) [175]', '- * (DOWN &PROTEST) [175]',
       '- * (FORWARD PLAN) [---]', '- * (FORWARD PROPOSAL) [---]'])
block('MOBILIZE', '154', ['DEPLOY', 'MASS', 'STATION', '+MOVE_IN', 'REDEPLOY', 'CONSCRIPT', 'DRAFT', '+CALL_UP'],
      ['- * POLICE [153]', '- * {RIOT POLICE} [153]', '- * GENDARME [153]', '- * {SECURITY FORCE} [153]',
       '- * {POLICE OFFICER} [153]', '- * TROOP [154]', '- * &MILITARY [154]', '- * RESERVIST [154]',
       '- * WARSHIP [154]', '- * CARRIER [154]', '- * {AIRCRAFT CARRIER} [154]', '- * SUBMARINE [154]',
       '- * MISSILE [154]', '- * TANK [154]', '- * BOMBER [154]', '- * JET [154]', '- * {AIR DEFENCE} [154]',
       '- * {AIR DEFENSE} [154]', '- * PEACEKEEPER [074]', '- * {PEACEKEEPING FORCE} [074]',
       '- * &INSPECTOR [---]', '- * {AID WORKER} [073]', '- * (TO BORDER) [154]', '- * (ALONG BORDER) [154]',
       '- * (NEAR BORDER) [154]', '- * (ON BORDER) [154]', '- POLICE * [153]', '- {RIOT POLICE} * [153]',
       '- * LAW [---]', '- * RESOLUTION [---]', '- * PLAN [---]', '- * STATEMENT [---]', '- * LETTER [---]'])
# ---------------------------------------------------------------- 16 reduce relations
block('REDUCE', '---', ['REDUCE', 'CUT', 'SLASH', '+SCALE_BACK', '+SCALE_DOWN', 'CURTAIL', 'TRIM', 'DECREASE',
                        'LESSEN', 'DIMINISH', 'LIMIT', '+WIND_DOWN', 'WITHHOLD', 'DEFUND'],
      ['- * &AID [162]', '- * {ECONOMIC AID} [1621]', '- * {FINANCIAL AID} [1621]', '- * {ECONOMIC ASSISTANCE} [1621]',
       '- * &MONEY [1621]', '- * LOAN [1621]', '- * {MILITARY AID} [1622]', '- * {MILITARY ASSISTANCE} [1622]',
       '- * &WEAPON [1622]', '- * {ARMS SALES} [1622]', '- * {HUMANITARIAN AID} [1623]', '- * {FOOD AID} [1623]',
       '- * {RELIEF AID} [1623]', '- * TIES [161]', '- * RELATIONS [161]', '- * {DIPLOMATIC TIES} [161]',
       '- * {DIPLOMATIC RELATIONS} [161]', '- * {EMBASSY STAFF} [161]', '- * {DIPLOMATIC PRESENCE} [161]',
       '- * COOPERATION [160]', '- * CONTACT [160]', '- * TRADE [163]', '- * IMPORT [163]', '- * EXPORT [163]',
       '- * INVESTMENT [163]', '- * TROOP [087]', '- * {TROOP LEVEL} [087]', '- * {MILITARY PRESENCE} [087]',
       '- * TENSION [087]', '- * VIOLENCE [087]', '- * {INTEREST RATE} [---]', '- * TAX [---]', '- * COST [---]',
       '- * EMISSION [---]', '- * PRICE [---]', '- * DEFICIT [---]', '- * SPENDING [---]', '- * SUPPLY [---]',
       '- * {GAS SUPPLY} [163]', '- * {OIL SUPPLY} [163]', '- * ELECTRICITY [171]', '- * WATER [171]',
       '- * INTERNET [1721]', '- * (OFF &AID) [162]'])
block('FREEZE', '163', ['FREEZE', 'BLACKLIST', 'EMBARGO', 'SANCTION', 'BLOCKLIST'],
      ['- * ASSET [163]', '- * ACCOUNT [163]', '- * FUNDS [163]', '- * &AID [162]', '- * {MILITARY AID} [1622]',
       '- * {ECONOMIC AID} [1621]', '- * &TALKS [164]', '- * RELATIONS [161]', '- * TIES [161]',
       '- * CONSTRUCTION [0832]', '- * {SETTLEMENT CONSTRUCTION} [0832]', '- * ENRICHMENT [0832]',
       '- * HIRING [---]', '- * PRICE [---]', '- * WAGE [---]', '- * RECRUITMENT [---]'])
block('IMPOSE', '---', ['IMPOSE', 'SLAP', 'LEVY', 'ENFORCE', 'INTRODUCE', 'ADOPT', 'RENEW', 'TOUGHEN'],
      ['- * &SANCTION [163]', '- * {ECONOMIC SANCTIONS} [163]', '- * {ARMS EMBARGO} [163]', '- * TARIFF [163]',
       '- * DUTY [163]', '- * {TRADE RESTRICTION} [163]', '- * {EXPORT CONTROL} [163]', '- * {IMPORT BAN} [163]',
       '- * {TRAVEL BAN} [172]', '- * {ASSET FREEZE} [163]', '- * RESTRICTION [172]', '- * CONTROLS [172]',
       '- * CURFEW [1723]', '- * {MARTIAL LAW} [1724]', '- * {STATE OF EMERGENCY} [1724]', '- * EMERGENCY [1724]',
       '- * {EMERGENCY RULE} [1724]', '- * LOCKDOWN [172]', '- * CENSORSHIP [1721]', '- * {MEDIA BLACKOUT} [1721]',
       '- * {INTERNET BLACKOUT} [1721]', '- * BAN (ON &MEDIA) [1721]', '- * BAN (ON &PROTEST) [1721]',
       '- * BAN (ON PARTY) [1722]', '- * BAN (ON &PARTY) [1722]', '- * BAN [172]', '- * BLOCKADE [191]',
       '- * {NAVAL BLOCKADE} [191]', '- * SIEGE [191]', '- * {NO-FLY ZONE} [191]', '- * CORDON [191]',
       '- * QUARANTINE [172]', '- * {DEATH PENALTY} [116]', '- * {DEATH SENTENCE} [116]', '- * FINE [116]',
       '- * PENALTY [116]', '- * {PRISON SENTENCE} [116]', '- * SENTENCE [116]', '- * RULE [---]',
       '- * TAX [---]', '- * {DIRECT RULE} [1724]', '- * WILL (ON) [170]', '- * CONDITION [100]',
       '- * &CEASEFIRE [0871]', '- * &REFORM [083]', '- * LAW [---]', '- * RESOLUTION [---]', '- * MEASURE [---]',
       '- * {COUNTER-MEASURES} [163]', '- * COUNTERMEASURES [163]', '- * {VISA RESTRICTION} [172]'])
block('EXPEL', '174', ['EXPEL', 'DEPORT', 'EXILE', 'BANISH', '+KICK_OUT', 'EVICT', '+THROW_OUT',
                       '+ORDER_OUT', 'REFOUL', '+SEND_HOME'],
      ['- * &DIPLOMAT [161]', '- * {EMBASSY STAFF} [161]', '- * PEACEKEEPER [1661]', '- * {PEACEKEEPING FORCE} [1661]',
       '- * {PEACEKEEPING MISSION} [1661]', '- * {UN MISSION} [1661]', '- * &INSPECTOR [1662]',
       '- * {UN INSPECTOR} [1662]', '- * {AID WORKER} [1663]', '- * {AID AGENCY} [1663]', '- * {AID GROUP} [1663]',
       '- * NGO [1663]', '- * {HUMANITARIAN WORKER} [1663]', '- * JOURNALIST [174]', '- * CORRESPONDENT [174]',
       '- * MIGRANT [174]', '- * REFUGEE [174]', '- * NATIONAL [174]', '- * WORKER [174]', '- * FOREIGNER [174]',
       '- * MINORITY [201]', '- * POPULATION [201]', '- * THOUSANDS [201]', '- * VILLAGER [201]',
       '- * RESIDENT [201]', '- * &PLACE [192]', '- * (FROM &PLACE) [192]', '- * &FIGHTER (FROM) [192]',
       '- * &MILITARY (FROM) [192]', '- * LEADER [---]', '- * PRESIDENT [---]', '- * (FROM PARTY) [---]',
       '- * (FROM POWER) [---]', '- * &FIGHTER [174]', '- * FORCES [174]', '- * MERCENARY [174]'])
# ---------------------------------------------------------------- 17 coerce
block('COERCE', '170', ['COERCE', 'FORCE', 'COMPEL', 'PRESSURIZE', 'PRESSURISE', 'BULLY', 'STRONG-ARM',
                        'BLACKMAIL', 'EXTORT'],
      ['- * (INTO EXILE) [174]', '- * (FROM HOME) [201]', '- * (OUT) [174]', '- * (TO FLEE) [201]',
       '- * RESIGNATION [170]', '- * &CEASEFIRE [170]', '- * (TO ACCEPT) [170]', '- * (TO &WITHDRAWAL) [170]',
       '- * LANDING [---]', '- * MONEY [170]'])
block('SEIZE', '171', ['SEIZE', 'CONFISCATE', 'EXPROPRIATE', 'NATIONALIZE', 'NATIONALISE', 'IMPOUND',
                       'COMMANDEER', 'REQUISITION', 'GRAB', 'STEAL', 'PLUNDER', 'PILLAGE', 'DAMAGE', 'VANDALIZE', 'VANDALISE', 'SABOTAGE'],
      ['- * &PROPERTY [1711]', '- * ASSET [1711]', '- * LAND [1711]', '- * {FROZEN ASSETS} [1711]',
       '- * ARCHIVE [1711]', '- * PASSPORT [1711]', '- * CARGO [1711]', '- * SHIP [171]', '- * VESSEL [171]',
       '- * TANKER [171]', '- * BOAT [171]', '- * AIRCRAFT [171]', '- * &WEAPON [171]', '- * DRUG [---]',
       '- * COCAINE [---]', '- * HEROIN [---]', '- * CONTROL (OF) [192]', '- * CONTROL [192]',
       '- * &PLACE [192]', '- * POWER [---]', '- * HOSTAGE [181]', '- * &FIGHTER [---]', '- * INITIATIVE [---]',
       '- * OPPORTUNITY [---]', '- * CHANCE [---]', '- * MOMENT [---]', '- * PIPELINE [1712]',
       '- * INFRASTRUCTURE [1712]', '- * {POWER GRID} [1712]'])
block('DESTROY', '1712', ['DESTROY', 'DEMOLISH', 'RAZE', 'BULLDOZE', 'TORCH', '+BURN_DOWN',
                          'BURN', 'WRECK', 'FLATTEN', 'LEVEL', 'DEVASTATE', 'SMASH', '+TEAR_DOWN',
                          '+BLOW_UP', 'OBLITERATE', 'DYNAMITE'],
      ['- * &ACCUSATION [112]', '- * CHARGES [112]', '- * CRITICISM [111]', '- * FLAG [140]', '- * EFFIGY [140]', '- * &WMD [0873]', '- * {CHEMICAL WEAPON} [0873]',
       '- * STOCKPILE [0873]', '- * &PLACE [1712]', '- * HIMSELF [1831]', '- * BRIDGE [1712]',
       '- * PIPELINE [1712]', '- * CALORIES [---]', '- * BRIDGES [---]', '- * EVIDENCE [---]',
       '- * &WEAPON [1712]', '- * TANK [190]', '- * DRONE [190]', '- * MISSILE [190]', '- * JET [190]'])
block('RESTRICT', '172', ['RESTRICT', 'CURB', 'CONSTRAIN', 'CENSOR', 'MUZZLE', 'GAG',
                          'SILENCE', 'OUTLAW', 'PROSCRIBE', 'BAN', 'PROHIBIT', 'FORBID', 'DISQUALIFY', 'BAR',
                          'DEREGISTER', 'THROTTLE'],
      ['- * &PARTY [1722]', '- * PARTY [1722]', '- * {OPPOSITION PARTY} [1722]', '- * CANDIDATE [1722]',
       '- * POLITICIAN [1722]', '- * (FROM ELECTION) [1722]', '- * (FROM RUNNING) [1722]', '- * &MEDIA [1721]',
       '- * NEWSPAPER [1721]', '- * INTERNET [1721]', '- * {SOCIAL MEDIA} [1721]', '- * WEBSITE [1721]',
       '- * &PROTEST [1721]', '- * GATHERING [1721]', '- * ASSEMBLY [1721]', '- * SPEECH [1721]', '- * NGO [1721]',
       '- * {CIVIL SOCIETY} [1721]', '- * UNION [1721]', '- * MOVEMENT [1722]', '- * GROUP [172]',
       '- * IMPORT [163]', '- * EXPORT [163]', '- * TRADE [163]', '- * FLIGHT [163]', '- * {AIRLINE} [163]',
       '- * PRODUCT [163]', '- * EMBASSY [161]', '- * CONSULATE [161]', '- * {DIPLOMATIC MISSION} [161]',
       '- * BORDER [191]', '- * CROSSING [191]', '- * {BORDER CROSSING} [191]', '- * AIRSPACE [191]',
       '- * PORT [191]', '- * STRAIT [191]', '- * ROAD [191]', '- * CORRIDOR [191]', '- * MOVEMENT [172]',
       '- * TRAVEL [172]', '- * ENTRY [172]', '- * ACCESS [172]', '- * SCHOOL [---]', '- * MOSQUE [172]',
       '- * CHURCH [172]', '- * CASE [---]', '- * DEAL [057]', '- * GAP [---]', '- * RANKS [053]',
       '- * &AID [1245]', '- * {AID AGENCY} [1663]', '- * OFFICE [172]', '- * &TALKS [164]', '- * PLANT [---]',
       '- * FACILITY [---]', '- * FACTORY [---]', '- * MARKET [---]', '- * BANK [---]'])
block('CLOSE', '---', ['CLOSE', '+SHUT_DOWN'],
      ['- * BORDER [191]', '- * CROSSING [191]', '- * AIRSPACE [191]', '- * PORT [191]', '- * STRAIT [191]',
       '- * ROAD [191]', '- * EMBASSY [161]', '- * CONSULATE [161]', '- * &MEDIA [1721]', '- * NEWSPAPER [1721]',
       '- * INTERNET [1721]', '- * OFFICE [172]', '- * NGO [1721]', '- * MOSQUE [172]', '- * DEAL [057]',
       '- * &AGREEMENT [057]', '- * RANKS [053]', '- * CASE [---]', '- * GAP [---]', '- * SCHOOL [---]'])
block('ARREST', '173', ['ARREST', 'DETAIN', 'JAIL', 'IMPRISON', 'INTERN', 'APPREHEND', 'NAB', '+ROUND_UP',
                        'INDICT', 'PROSECUTE', 'INCARCERATE', '+LOCK_UP',
                        'REMAND', 'HANDCUFF', 'INTERROGATE', 'SUBPOENA', 'ARRAIGN'],
      ['- * (WITH MURDER) [173]', '- * (WITH TERRORISM) [173]', '- * (WITH TREASON) [173]',
       '- * (WITH ESPIONAGE) [173]', '- * (WITH {WAR CRIMES}) [173]', '- * (WITH CORRUPTION) [173]',
       '- * &PROTEST [173]', '- * PROTESTER [173]', '- * ACTIVIST [173]', '- * JOURNALIST [173]',
       '- * OPPONENT [173]', '- * (INTO CUSTODY) [173]', '- * FEE [---]', '- * BATTERY [---]', '- * PRICE [---]'])
# CHARGE: with an offence it is legal action (173), with a complement clause an accusation
# ("charged that Canada was trying to preserve jobs" 112); alone it is a price or a fee
# ("the rate charged to commercial banks"), no event
block('CHARGE', '---', ['CHARGE'],
      ['- * (WITH) [173]', '- * THAT [112]', '- * (WITH MURDER) [173]', '- * (WITH TERRORISM) [173]',
       '- * (WITH TREASON) [173]', '- * (WITH ESPIONAGE) [173]', '- * (WITH CORRUPTION) [173]',
       '- * (WITH FRAUD) [173]', '- * (WITH ATTEMPTING) [173]'])
block('REPRESS', '175', ['+CRACK_DOWN', 'SUPPRESS', 'QUELL', 'DISPERSE', '+BREAK_UP', 'REPRESS', 'PERSECUTE',
                         'HARASS', 'TEAR-GAS', 'TEARGAS', 'BATON-CHARGE', 'SUBDUE', 'CRUSH', 'STIFLE',
                         'QUASH', 'OPPRESS', 'PURGE', 'SQUELCH'],
      ['- * &PROTEST [175]', '- * PROTESTER [175]', '- * DEMONSTRATOR [175]', '- * CROWD [175]',
       '- * DISSENT [175]', '- * DISSIDENT [175]', '- * RIOT [175]', '- * UPRISING [175]', '- * REBELLION [175]',
       '- * OPPOSITION [175]', '- * (ON &PROTEST) [175]', '- * (ON OPPOSITION) [175]', '- * (ON DISSENT) [175]',
       '- * (ON &MEDIA) [1721]', '- * (ON CORRUPTION) [091]', '- * (ON CRIME) [---]', '- * (ON DRUG) [---]',
       '- * (ON MIGRANT) [174]', '- * (ON {ILLEGAL IMMIGRATION}) [174]', '- * STUDENT [175]',
       '- * JOURNALIST [175]', '- * ACTIVIST [175]', '- * MINORITY [175]', '- * REBEL [190]',
       '- * INSURGENCY [190]', '- * &FIGHTER [190]', '- * ATTACK [190]', '- * OFFENSIVE [190]',
       '- * MEETING [---]', '- * CARTEL [---]'])
# ---------------------------------------------------------------- 18 assault
block('ABDUCT', '181', ['ABDUCT', 'KIDNAP', 'HIJACK', 'SNATCH', 'SKYJACK', 'ENSLAVE'],
      ['- * PLANE [181]', '- * SHIP [181]', '- * BUS [181]', '- * TOURIST [181]', '- * WORKER [181]',
       '- * CHILD [181]', '- * GIRL [181]', '- * STUDENT [181]'])
block('TAKE', '---', ['TAKE'],
      ['- * HOSTAGE [181]', '- * (AS HOSTAGE) [181]', '- * CAPTIVE [181]', '- * PRISONER [181]',
       '- * (INTO CUSTODY) [173]', '- * (TO COURT) [115]', '- * (TO STREETS) [141]', '- * CONTROL (OF) [192]',
       '- * CONTROL [192]', '- * &PLACE [192]', '- * (OVER &PLACE) [192]', '- * POWER [---]', '- * OFFICE [---]',
       '- * (PART IN &TALKS) [046]', '- * STEP [---]', '- * MEASURE [---]', '- * ACTION (AGAINST) [170]',
       '- * {MILITARY ACTION} [190]', '- * {LEGAL ACTION} (AGAINST) [115]', '- * RESPONSIBILITY [015]',
       '- * CREDIT [015]', '- * REVENGE [180]', '- * (UP ARMS) [190]', '- * (UP ARMS AGAINST) [190]',
       '- * REFUGE [---]', '- * SHELTER [---]', '- * (INTO ACCOUNT) [---]', '- * ISSUE (WITH) [110]',
       '- * EXCEPTION (TO) [110]', '- * OFFENCE [110]', '- * OFFENSE [110]', '- * (ASIDE) [040]',
       '- * (OUT) [---]', '- * (OVER) [192]',
       # a position taken is a stance or a holding ("creditors must take a practical position",
       # "take a position in the stock"), not ground taken
       '- * POSITION [---]', '- * STANCE [---]', '- * LINE [---]', '- * VIEW [---]', '- * STAKE [---]'])
block('ASSAULT', '182', ['ASSAULT', 'BEAT', '+BEAT_UP', 'PUNCH', 'STAB', 'MAUL', 'BRUTALIZE', 'BRUTALISE',
                         'MISTREAT', 'MALTREAT', 'ABUSE', 'WHIP', 'FLOG', 'LASH',
                         'SLAP', 'KICK', 'MANHANDLE', 'INJURE', 'WOUND', 'MAIM', 'HURT'],
      ['- * &PLACE [190]', '- * (WITH KNIFE) [182]', '- * (WITH MACHETE) [182]', '- * POWER [---]',
       '- * POSITION [---]', '- * SYSTEM [---]', '- * TRUST [---]', '- * &SANCTION [163]', '- * TARIFF [163]'])
block('SEXUAL ASSAULT', '1821', ['RAPE', 'MOLEST', 'SEXUALLY_+ASSAULT', 'GANG-RAPE', 'SEXUALLY_+ABUSE'], [])
block('TORTURE', '1822', ['TORTURE', 'ELECTROCUTE', 'WATERBOARD', 'MUTILATE'], [])
block('KILL PHYSICALLY', '1823', ['EXECUTE', 'BEHEAD', 'DECAPITATE', 'STONE', 'HANG', 'LYNCH', 'MURDER',
                                  'STRANGLE', 'SLAY', 'CRUCIFY', 'BLUDGEON'],
      ['- * PROTESTER [175]', '- * DEMONSTRATOR [175]', '- * PLAN [---]', '- * ORDER [---]',
       '- * STRATEGY [---]', '- * WARRANT [173]', '- * {SEARCH WARRANT} [173]', '- * {DEATH SENTENCE} [1823]',
       '- * &AGREEMENT [---]', '- * DEAL [---]', '- * TRANSACTION [---]', '- * MISSION [---]', '- * CONTRACT [---]',
       '- * (IN EFFIGY) [140]'])
block('KILL', '190', ['KILL', 'ELIMINATE', 'NEUTRALIZE', 'NEUTRALISE', '+WIPE_OUT',
                      '+GUN_DOWN', 'SHOOT', 'SNIPE', '+MOW_DOWN'],
      ['- * TARIFF [085]', '- * POVERTY [---]', '- * SUBSIDY [---]', '- * JOB [---]', '- GUNMAN * [180]', '- ASSAILANT * [180]', '- ATTACKER * [180]', '- MILITANT * [180]',
       '- TERRORIST * [180]', '- INSURGENT * [180]', '- JIHADIST * [180]', '- BOMBER * [183]',
       '- {SUICIDE BOMBER} * [1831]', '- {CAR BOMB} * [1832]', '- {ROADSIDE BOMB} * [1833]', '- IED * [1833]',
       '- MINE * [1833]', '- POLICE * [175]', '- {SECURITY FORCE} * [175]', '- MOB * [1823]', '- SNIPER * [193]',
       '- AIRSTRIKE * [195]', '- {AIR STRIKE} * [195]', '- DRONE * [195]', '- WARPLANE * [195]',
       '- MISSILE * [195]', '- SHELLING * [194]', '- SHELL * [194]', '- ROCKET * [194]', '- MORTAR * [194]',
       '- ARTILLERY * [194]', '- TANK * [194]', '- * (IN AIRSTRIKE) [195]', '- * (IN {AIR STRIKE}) [195]',
       '- * (IN {DRONE STRIKE}) [195]', '- * (IN BOMBING) [183]', '- * (IN {SUICIDE BOMBING}) [1831]',
       '- * (IN {SUICIDE ATTACK}) [1831]', '- * (IN {CAR BOMBING}) [1832]', '- * (IN {ROADSIDE BOMBING}) [1833]',
       '- * (IN SHELLING) [194]', '- * (IN {ROCKET ATTACK}) [194]', '- * (IN {MORTAR ATTACK}) [194]',
       '- * (IN CLASH) [190]', '- * (IN AMBUSH) [190]', '- * (WITH KNIFE) [1823]', '- * (WITH MACHETE) [1823]',
       '- * PROTESTER [175]', '- * DEMONSTRATOR [175]', '- * HUNDREDS [202]', '- * THOUSANDS [202]',
       '- * (IN MASSACRE) [202]', '- * (DOWN DRONE) [190]', '- * (DOWN PLANE) [190]', '- * (DOWN JET) [190]',
       '- * (DOWN MISSILE) [190]', '- * (DOWN HELICOPTER) [190]', '- * (AT) [190]', '- * (ON) [190]',
       '- * VIDEO [---]', '- * FILM [---]', '- * FOOTAGE [---]', '- * BILL [---]', '- * PROPOSAL [---]',
       '- * DEAL [---]', '- * TIME [---]', '- * (WITH {SMALL ARMS}) [193]', '- * (WITH RIFLE) [193]'])
block('BOMB', '183', ['DETONATE', '+SET_OFF', 'EXPLODE', 'CAR-BOMB', 'FIREBOMB'],
      ['- * {CAR BOMB} [1832]', '- * {VEHICLE BOMB} [1832]', '- * {TRUCK BOMB} [1832]', '- * {ROADSIDE BOMB} [1833]',
       '- * IED [1833]', '- * {IMPROVISED EXPLOSIVE DEVICE} [1833]', '- * MINE [1833]', '- * LANDMINE [1833]',
       '- * {SUICIDE VEST} [1831]', '- * {SUICIDE BELT} [1831]', '- * {EXPLOSIVE VEST} [1831]',
       '- * {EXPLOSIVE BELT} [1831]', '- * HIMSELF [1831]', '- * {NUCLEAR DEVICE} [2042]',
       '- * {NUCLEAR BOMB} [2042]', '- {SUICIDE BOMBER} * [1831]', '- {CAR BOMB} * [1832]',
       '- {ROADSIDE BOMB} * [1833]', '- * ALARM [012]', '- * PROTEST [140]', '- * FIREWORK [---]'])
block('CARRY OUT', '---', ['+CARRY_OUT', 'PERPETRATE', 'COMMIT', 'ORCHESTRATE', 'MASTERMIND', 'PLOT', 'ATTEMPT'],
      ['- * {SUICIDE BOMBING} [1831]', '- * {SUICIDE ATTACK} [1831]', '- * {CAR BOMBING} [1832]',
       '- * {ROADSIDE BOMBING} [1833]', '- * BOMBING [183]', '- * {TERROR ATTACK} [180]',
       '- * {TERRORIST ATTACK} [180]', '- * ATTACK [190]', '- * AIRSTRIKE [195]', '- * {AIR STRIKE} [195]',
       '- * {DRONE STRIKE} [195]', '- * RAID [190]', '- * ASSASSINATION [186]', '- * {ASSASSINATION ATTEMPT} [185]',
       '- * (ON LIFE) [185]', '- * COUP [---]', '- * EXECUTION [1823]', '- * KIDNAPPING [181]',
       '- * ABDUCTION [181]', '- * HIJACKING [181]', '- * MASSACRE [202]', '- * GENOCIDE [202]',
       '- * {ETHNIC CLEANSING} [203]', '- * {MASS KILLING} [202]', '- * {WAR CRIME} [---]', '- * ATROCITY [200]',
       '- * {MASS EXPULSION} [201]', '- * DEPORTATION [174]', '- * {CHEMICAL ATTACK} [2041]',
       '- * {GAS ATTACK} [2041]', '- * {NUCLEAR TEST} [150]', '- * {MISSILE TEST} [150]', '- * TEST [150]',
       '- * EXERCISE [150]', '- * {JOINT EXERCISE} [062]', '- * SHELLING [194]', '- * BOMBARDMENT [194]',
       '- * INVESTIGATION [090]', '- * INSPECTION [090]', '- * ARREST [173]', '- * CRACKDOWN [175]',
       '- * PURGE [175]', '- * REFORM [083]', '- * THREAT [138]', '- * (TO &TALKS) [036]',
       '- * (TO &CEASEFIRE) [0356]', '- * (TO &SETTLEMENT) [037]', '- * &AID [033]', '- * TROOP [0334]',
       '- * FUNDS [0331]', '- * &MONEY [0331]', '- * ABUSE [182]', '- * TORTURE [1822]', '- * RAPE [1821]',
       '- * MURDER [1823]', '- * CRIME [---]', '- * FRAUD [---]', '- * SUICIDE [---]', '- * PLAN [---]',
       '- * PROMISE [030]', '- * AMBUSH [190]', '- * INCURSION [192]', '- * INVASION [192]'])
block('HUMAN SHIELD', '---', ['USE', 'EMPLOY', 'WIELD', 'UTILIZE', 'UTILISE'],
      ['- * {HUMAN SHIELD} [184]', '- * (AS {HUMAN SHIELD}) [184]', '- * CIVILIAN (AS {HUMAN SHIELD}) [184]',
       '- * FORCE [190]', '- * FORCE (AGAINST &PROTEST) [175]', '- * FORCE (AGAINST PROTESTER) [175]',
       '- * {EXCESSIVE FORCE} [175]', '- * {TEAR GAS} [175]', '- * {LIVE AMMUNITION} [175]',
       '- * {RUBBER BULLET} [175]', '- * {WATER CANNON} [175]', '- * &WMD [204]', '- * {CHEMICAL WEAPON} [2041]',
       '- * {BIOLOGICAL WEAPON} [2041]', '- * {CHLORINE GAS} [2041]', '- * CHLORINE [2041]', '- * GAS [2041]',
       '- * {NUCLEAR WEAPON} [2042]', '- * {BARREL BOMB} [195]', '- * {CLUSTER MUNITION} [195]',
       '- * {CLUSTER BOMB} [195]', '- * DRONE [195]', '- * MISSILE [195]', '- * WARPLANE [195]',
       '- * ARTILLERY [194]', '- * TANK [194]', '- * ROCKET [194]', '- * MORTAR [194]', '- * {SMALL ARMS} [193]',
       '- * RIFLE [193]', '- * &WEAPON [190]', '- * VETO [129]', '- * {VETO POWER} [129]', '- * TORTURE [1822]',
       '- * RAPE (AS WEAPON) [1821]', '- * STARVATION [200]', '- * (AS LEVERAGE) [170]', '- * LEVERAGE [170]',
       '- * INFLUENCE [---]', '- * MONEY [---]', '- * TECHNOLOGY [---]', '- * DATA [---]'])
block('ASSASSINATE', '186', ['ASSASSINATE', 'LIQUIDATE'],
      ['- * (IN {ASSASSINATION ATTEMPT}) [185]'])
block('TERROR', '180', ['TERRORIZE', 'TERRORISE'],
      ['- * CIVILIAN [180]', '- * VILLAGER [180]', '- * WORSHIPPER [180]'])
# ---------------------------------------------------------------- 19 fight
ATTACK_PATS = ['- WARPLANE * [195]', '- JET * [195]', '- {FIGHTER JET} * [195]', '- DRONE * [195]', '- HELICOPTER * [195]',
       '- AIRCRAFT * [195]', '- {AIR FORCE} * [195]', '- BOMBER * [195]', '- MISSILE * [195]',
       '- ARTILLERY * [194]', '- TANK * [194]', '- ROCKET * [194]', '- MORTAR * [194]', '- GUNMAN * [180]',
       '- SNIPER * [193]', '- MILITANT * [180]', '- TERRORIST * [180]', '- JIHADIST * [180]',
       '- {SUICIDE BOMBER} * [1831]', '- MOB * [145]', '- PROTESTER * [145]', '- RIOTER * [145]',
       '- DEMONSTRATOR * [145]', '- SETTLER * [180]', '- POLICE * [175]', '- * (WITH DRONE) [195]',
       '- * (WITH MISSILE) [195]', '- * (WITH AIRSTRIKE) [195]', '- * (WITH WARPLANE) [195]',
       '- * (WITH ROCKET) [194]', '- * (WITH ARTILLERY) [194]', '- * (WITH MORTAR) [194]', '- * (WITH TANK) [194]',
       '- * (WITH SHELL) [194]', '- * (WITH GUN) [193]', '- * (WITH RIFLE) [193]', '- * (WITH {SMALL ARMS}) [193]',
       '- * (WITH {MACHINE GUN}) [193]', '- * (WITH GRENADE) [193]', '- * (WITH KNIFE) [182]',
       '- * (WITH &WMD) [204]', '- * (WITH {CHEMICAL WEAPON}) [2041]', '- * (WITH GAS) [2041]',
       '- * ROCKET [194]', '- * MORTAR [194]', '- * SHELL [194]', '- * MISSILE [195]', '- * {CRUISE MISSILE} [195]',
       '- * {BALLISTIC MISSILE} [195]', '- * DRONE [195]', '- * BULLET [193]', '- * {WARNING SHOT} [150]',
       '- * {TEAR GAS} [175]', '- * {RUBBER BULLET} [175]', '- * {WATER CANNON} [175]', '- * (ON) [190]',
       '- * (AT) [190]', '- * (ON &PROTEST) [175]', '- * (ON PROTESTER) [175]', '- * (ON DEMONSTRATOR) [175]',
       '- * (ON CROWD) [175]', '- * AMBASSADOR [---]', '- * MINISTER [---]', '- * OFFICIAL [---]',
       '- * EMPLOYEE [---]', '- * STAFF [---]', '- * DIRECTOR [---]', '- * CHIEF [---]', '- * COACH [---]',
       '- * DEAL [057]', '- * &AGREEMENT [057]', '- * BARGAIN [057]', '- * COMPROMISE [057]', '- * NOTE [---]',
       '- * BALANCE [---]', '- * CHORD [---]', '- * RECORD [---]', '- * TARGET [---]', '- * WALL [---]',
       '- * HEADLINE [---]', '- * MARKET [---]', '- * SHELVES [---]', '- * &SANCTION [163]',
       '- * (WITH &SANCTION) [163]', '- * (WITH TARIFF) [163]', '- * (WITH FINE) [116]', '- * WAR [190]',
       '- * CAMPAIGN [---]', '- * (WITH CRITICISM) [111]', '- * (OUT AT) [111]', '- * (BACK AT) [111]',
       '- * PROPOSAL [120]', '- * PLAN [120]', '- * BILL [120]', '- * RESOLUTION [129]', '- * TALKS [164]',
       '- * SHIP [190]', '- * VESSEL [190]', '- * TANKER [190]', '- * PLANE [190]', '- * JET [190]']
block('ATTACK', '190', ['ATTACK', 'RAID', 'AMBUSH', 'STRIKE', 'HIT', 'BATTER', 'TARGET', 'PUMMEL', 'BLITZ',
                        'COUNTERATTACK', 'COUNTER-ATTACK', 'REPEL', 'REPULSE', 'WAGE', 'TORPEDO', 'DOWN'],
      ATTACK_PATS)
# SINK attacks only what it sinks: "147 died when a launch sank off Sabah" is no attack
block('SINK', '---', ['SINK'],
      ATTACK_PATS + ['- * BOAT [190]', '- * FERRY [190]', '- * FRIGATE [190]', '- * DESTROYER [190]',
                     '- * WARSHIP [190]', '- * SUBMARINE [190]', '- * CORVETTE [190]', '- * CRUISER [190]',
                     '- * FREIGHTER [190]', '- * TRAWLER [190]', '- * CARRIER [190]'])
# FIRE is also dismissal: "firms may fire workers" is no attack
block('FIRE', '190', ['FIRE'],
      ATTACK_PATS + ['- * WORKER [---]', '- * LABOURER [---]', '- * LABORER [---]', '- * MANAGER [---]',
                     '- * EXECUTIVE [---]', '- * TEACHER [---]', '- * PLAYER [---]'])
block('SHELL', '194', ['SHELL', 'BOMBARD', 'POUND', 'MORTAR', 'CANNONADE'], [])
block('AIRSTRIKE', '195', ['BOMB', 'STRAFE', 'AIRSTRIKE', 'DIVE-BOMB', 'CARPET-BOMB'],
      ['- {SUICIDE BOMBER} * [1831]', '- BOMBER * [183]', '- MILITANT * [183]', '- INSURGENT * [183]',
       '- TERRORIST * [183]'])
block('DROP', '---', ['DROP', 'AIR-DROP'],
      ['- * BOMB [195]', '- * {BARREL BOMB} [195]', '- * {CLUSTER BOMB} [195]', '- * {ATOMIC BOMB} [2042]',
       '- * {NUCLEAR BOMB} [2042]', '- * &FOOD [073]', '- * {AID PACKAGE} [073]', '- * &AID [070]',
       '- * LEAFLET [010]', '- * CHARGES [0841]', '- * CHARGE [0841]', '- * CASE [0841]', '- * DEMAND [080]',
       '- * OBJECTION [080]', '- * OPPOSITION [080]', '- * CLAIM [080]', '- * &SANCTION [085]',
       '- * PLAN [0832]', '- * BID [080]', '- * THREAT [080]', '- * (OUT &PLACE) [0874]', '- * (OUT) [---]'])
block('BLOCKADE', '191', ['BLOCKADE', 'BESIEGE', 'ENCIRCLE', 'SURROUND', '+CORDON_OFF', '+SEAL_OFF', 'QUARANTINE',
                          'INTERDICT', 'MINE', '+CUT_OFF', '+HEM_IN', '+PIN_DOWN', 'STARVE'],
      ['- POLICE * [151]', '- * (WITH POLICE) [151]'])
block('OCCUPY', '192', ['OCCUPY', 'INVADE', 'ANNEX', 'CAPTURE', '+TAKE_OVER', 'OVERRUN', 'RETAKE', 'RECAPTURE',
                        'LIBERATE', 'CONQUER', 'INFILTRATE', 'PENETRATE', 'ADVANCE', '+PUSH_INTO', '+MARCH_INTO',
                        '+ROLL_INTO', 'RECLAIM', 'ENCROACH', 'COLONIZE', 'COLONISE'],
      ['- PROTESTER * [144]', '- DEMONSTRATOR * [144]', '- STUDENT * [144]', '- ACTIVIST * [144]',
       '- * BUILDING [144]', '- * SQUARE [144]', '- * OFFICE [144]', '- * CAMPUS [144]', '- * PARLIAMENT [144]',
       '- * MINISTRY [144]', '- * (IN &PROTEST) [144]', '- * &PRISONER [181]', '- * SOLDIER [181]',
       '- * HOSTAGE [181]', '- * REBEL [190]', '- * MILITANT [190]', '- * FIGHTER [190]', '- * SUSPECT [173]',
       '- * IMAGE [---]', '- * MOMENT [---]', '- * MARKET [---]', '- * HEART [---]', '- * ATTENTION [---]',
       '- * IMAGINATION [---]', '- * VOTE [---]', '- * SEAT [---]', '- * TITLE [---]', '- * DISPUTE [037]',
       '- * (ON &AGREEMENT) [057]', '- * (ON DEAL) [057]', '- * CASE [---]', '- * SCORE [---]',
       '- * (TOWARD &PLACE) [192]', '- * (ON &PLACE) [192]', '- * (INTO &PLACE) [192]', '- * PROPOSAL [---]',
       '- * AGENDA [---]', '- * CAUSE [053]', '- * INTEREST [---]', '- * INTERESTS [---]', '- * TALKS [046]',
       '- * PEACE [---]', '- * PROCESS [---]', '- * COMPANY [061]', '- * BANK [061]', '- * LEADERSHIP [---]'])
block('SMALL ARMS', '193', ['MACHINE-GUN', 'GUN'], [])
block('SETTLE', '---', ['SETTLE'],
      ['- * DISPUTE [057]', '- * CONFLICT [057]', '- * DIFFERENCES [057]', '- * CLAIM [057]',
       '- * (IN &PLACE) [---]', '- * REFUGEE [075]'])
# ---------------------------------------------------------------- 20 mass violence
block('MASS EXPULSION', '201', ['DISPLACE', '+DRIVE_OUT', 'UPROOT', 'DEPOPULATE', '+FORCE_OUT'],
      ['- * THOUSANDS [201]', '- * HUNDREDS [201]', '- * MILLIONS [201]', '- * CIVILIAN [201]',
       '- * &FIGHTER [192]', '- * &MILITARY [192]', '- * REBEL [192]', '- * MILITANT [192]'])
block('MASSACRE', '202', ['MASSACRE', 'SLAUGHTER', 'EXTERMINATE', 'ANNIHILATE', 'BUTCHER', 'DECIMATE'], [])
block('ETHNIC CLEANSING', '203', ['CLEANSE', 'ETHNICALLY_+CLEANSE'], [])
block('WMD', '204', ['GAS', 'NUKE', 'IRRADIATE'],
      ['- * (WITH SARIN) [2041]', '- * (WITH CHLORINE) [2041]', '- * (WITH {NERVE AGENT}) [2041]'])


def expand(fam, how):
    table = FAMILIES[fam]
    out = []
    for kind, code in table.items():
        for direct, forp in OBJECTS.get(kind, []):
            if how == 'direct':
                frag = direct
            elif how == 'for':
                frag = forp
            else:  # request: "rejected calls for X"
                frag = '&REQUEST ' + forp
            out.append('- * %s [%s]' % (frag, code))
    return out


NO_PLURAL = {'AID', 'ASSISTANCE', 'HELP', 'SUPPORT', 'COOPERATION', 'TRADE', 'INVESTMENT', 'INTELLIGENCE',
             'PEACE', 'FIRE', 'INFORMATION', 'EVIDENCE', 'PROTECTION', 'ACCESS', 'RELIEF', 'FOOD', 'WATER', 'FUEL',
             'MONEY', 'CASH', 'FUNDING', 'ASYLUM', 'AMNESTY', 'CALM', 'RESTRAINT', 'EXTRADITION', 'BACKING',
             'SOLIDARITY', 'SYMPATHY', 'CONCERN', 'HOPE', 'OPTIMISM', 'PESSIMISM', 'GRATITUDE', 'APPRECIATION',
             'ANGER', 'OUTRAGE', 'CORRUPTION', 'FRAUD', 'BRIBERY', 'TERRORISM', 'GENOCIDE', 'TORTURE', 'ESPIONAGE',
             'TREASON', 'AGGRESSION', 'RECOGNITION', 'INDEPENDENCE', 'AUTONOMY', 'SOVEREIGNTY', 'SECURITY',
             'DEFENCE', 'DEFENSE', 'POLICE', 'ARTILLERY', 'AMMUNITION', 'WEAPONRY', 'CENSORSHIP', 'MEDIA',
             'TRAINING', 'SHELTER', 'CHLORINE', 'SARIN', 'GAS', 'DE-ESCALATION', 'MEDIATION', 'ARBITRATION',
             'PRESSURE', 'FORCE', 'POWER', 'CONTROL', 'VIOLENCE', 'FIGHTING', 'SHELLING', 'BOMBING', 'UNREST',
             'DISSENT', 'TENSION', 'CONSENSUS', 'DEMOCRACY', 'LEVERAGE', 'STARVATION', 'COMPENSATION'}
PREP = {'FOR', 'OF', 'TO', 'IN', 'ON', 'WITH', 'FROM', 'AGAINST', 'AT', 'BY', 'OVER', 'INTO', 'ABOUT', 'AS',
        'UNDER', 'UPON', 'BEHIND', 'ALONG', 'NEAR', 'OUTSIDE', 'TOWARD', 'AHEAD', 'OFF', 'OUT', 'DOWN', 'UP',
        'BACK', 'AMONG', 'BETWEEN', 'AFTER', 'BEFORE', 'DURING', 'THROUGH'}


def plural(w):
    if w.endswith(('S', 'SH', 'CH', 'X', 'Z')):
        return w + 'ES' if not w.endswith('S') else None
    if len(w) > 1 and w.endswith('Y') and w[-2] not in 'AEIOU':
        return w[:-1] + 'IES'
    if w.endswith('MAN'):
        return w[:-3] + 'MEN'
    return w + 'S'


def plural_variant(body):
    """The pattern with its first noun after the verb in the plural ("- * {MILITARY EXERCISES}"),
    or None: parsers do not always give the singular lemma of a plural noun."""
    star = body.find('*')
    if star < 0:
        return None
    head, tail = body[:star + 1], body[star + 1:]
    toks = re.findall(r'\{[^}]*\}|\(|\)|[^\s(){}]+', tail)
    out = []
    done = False
    inpar = False
    first_in_par = False
    for t in toks:
        if t == '(':
            inpar, first_in_par = True, True
            out.append(t)
            continue
        if t == ')':
            inpar = False
            out.append(t)
            continue
        if done or t[0] in '&$+%^':
            out.append(t)
            first_in_par = False
            continue
        if inpar and first_in_par and t.strip('{}') in PREP:
            first_in_par = False
            out.append(t)
            continue
        first_in_par = False
        if t.startswith('{'):
            words = t[1:-1].split()
            last = words[-1]
            if last[0] not in '&$+%^' and last not in NO_PLURAL and plural(last):
                words[-1] = plural(last)
                t = '{' + ' '.join(words) + '}'
                done = True
        elif t not in NO_PLURAL and t not in PREP and plural(t):
            t = plural(t)
            done = True
        out.append(t)
    if not done:
        return None
    res = head + ' ' + ' '.join(out)
    res = res.replace('( ', '(').replace(' )', ')')
    return ' '.join(res.split())


def verb_line(v, exc):
    """'SEND' -> 'SEND {SENDS SENT SENDING}'; '+CALL_ON' -> multiword with its verb marked."""
    words = v.split('_')
    idx = None
    for i, w in enumerate(words):
        if w.startswith('+'):
            idx = i
    if idx is None:
        if len(words) > 1:
            # first word is the verb
            idx = 0
            words[0] = '+' + words[0]
        else:
            fs, irregular = forms(v.lower(), exc)
            if irregular:
                return '%s {%s }' % (v, ' '.join(f.upper() for f in fs))
            return v
    base = words[idx].lstrip('+').lower()
    fs, irregular = forms(base, exc)
    line = '_'.join(words)
    if not irregular:
        return line
    variants = []
    for f in fs:
        ws = list(words)
        ws[idx] = '+' + f.upper()
        variants.append('_'.join(ws))
    return '%s {%s }' % (line, ' '.join(variants))


def main():
    out_path = os.path.join(HERE, '..', 'data', 'dict', 'khaldun.verbs.txt')
    exc = load_exc()
    L = []
    L.append('# khaldun.verbs.txt: Khaldun CAMEO verb dictionary (PETRARCH2 / CAMEO.2.0 syntax).')
    L.append('# GENERATED by tools/gen_verbs.py (edit that file).  Written by the Khaldun project from the')
    L.append('# CAMEO event code definitions; irregular verb forms from WordNet verb.exc (wordnet-base,')
    L.append('# WordNet licence).  Block: --- NAME [code] ---; verbs; patterns "- nouns * objects (PREP noun) [code]".')
    L.append('')
    L.append('####### SYNONYM SETS #######')
    L.append('')
    for label, words in SYNSETS:
        L.append(label)
        for w in words:
            L.append('+' + w)
        L.append('')
    L.append('####### VERB PATTERNS #######')
    L.append('')
    seen_verbs = {}
    nverbs = npats = 0
    for name, code, verbs, pats, fams in B:
        L.append('---  %s   [%s]  ---' % (name, code))
        for v in verbs:
            if v in seen_verbs:
                continue     # a verb belongs to one block only; later mentions are ignored
            seen_verbs[v] = name
            L.append(verb_line(v, exc))
            nverbs += 1
        allp = list(pats)
        for fam, how in fams:
            allp += expand(fam, how)
        withpl = []
        for p in allp:
            withpl.append(p)
            body, c = p.rsplit('[', 1)
            pv = plural_variant(body.strip())
            if pv:
                withpl.append('%s [%s' % (pv, c))
        seen = set()
        for p in withpl:
            key = ' '.join(p.split('[')[0].split())
            if key in seen:
                continue
            seen.add(key)
            body, c = p.rsplit('[', 1)
            L.append('%-60s [%s' % (body.strip(), c))
            npats += 1
        L.append('')
        L.append('')
    with open(out_path, 'w', encoding='ascii') as f:
        f.write('\n'.join(L) + '\n')
    print('%s: %d blocks, %d verbs, %d patterns' % (out_path, len(B), nverbs, npats), file=sys.stderr)


if __name__ == '__main__':
    main()
