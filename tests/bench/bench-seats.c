/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parsing and building the model for a feed of every assembly seat of
 * India (31 states and union territories, 4,123 constituencies, 41,000
 * candidates), against json_parser_load_from_data() alone on the same bytes
 * (and freeing its tree, as the parser does), side by side as bench-pair.c
 * measures. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>

#include "bench-pair.h"
#include "mg-election.h"
#include "mg-feed-parser.h"

#define ROUNDS           41
#define N_CONSTITUENCIES 4123
#define N_CANDIDATES     41000
#define MAX_SEAT_CANDIDATES 24

typedef struct {
  const char *id, *en, *hi, *short_name, *color;
} Party;

/* The parties the states draw on; "ind" (independents) ends every state's
 * list. */
static const Party parties[] = {
  { "bjp", "Bharatiya Janata Party", "भारतीय जनता पार्टी", "BJP", "#F97D09" },
  { "inc", "Indian National Congress", "भारतीय राष्ट्रीय कांग्रेस", "INC", "#19AAED" },
  { "bsp", "Bahujan Samaj Party", "बहुजन समाज पार्टी", "BSP", "#22409A" },
  { "aap", "Aam Aadmi Party", "आम आदमी पार्टी", "AAP", "#0066A4" },
  { "cpi-m", "Communist Party of India (Marxist)", "भारतीय कम्युनिस्ट पार्टी (मार्क्सवादी)",
    "CPI(M)", "#CC0000" },
  { "cpi", "Communist Party of India", "भारतीय कम्युनिस्ट पार्टी", "CPI", "#FF0000" },
  { "ncp", "Nationalist Congress Party", "राष्ट्रवादी कांग्रेस पार्टी", "NCP", "#00B2B2" },
  { "aimim", "All India Majlis-e-Ittehadul Muslimeen", "ऑल इंडिया मजलिस-ए-इत्तेहादुल मुस्लिमीन",
    "AIMIM", "#136B4B" },
  { "npp", "National People's Party", "नेशनल पीपुल्स पार्टी", "NPP", "#DB7093" },
  { "jdu", "Janata Dal (United)", "जनता दल (यूनाइटेड)", "JD(U)", "#003366" },
  { "rld", "Rashtriya Lok Dal", "राष्ट्रीय लोक दल", "RLD", "#0B6623" },
  { "ljp", "Lok Janshakti Party", "लोक जनशक्ति पार्टी", "LJP", "#1E90FF" },
  { "vip", "Vikassheel Insaan Party", "विकासशील इंसान पार्टी", "VIP", "#87CEEB" },
  { "sbsp", "Suheldev Bharatiya Samaj Party", "सुहेलदेव भारतीय समाज पार्टी", "SBSP", "#E6B800" },
  { "apna-dal", "Apna Dal (Soneylal)", "अपना दल (सोनेलाल)", "AD(S)", "#8B4513" },
  { "asp-kr", "Azad Samaj Party (Kanshi Ram)", "आज़ाद समाज पार्टी (कांशी राम)", "ASP(KR)",
    "#0000CD" },
  { "pmk", "Pattali Makkal Katchi", "पट्टाली मक्कल काची", "PMK", "#D4C400" },
  { "shs", "Shiv Sena", "शिवसेना", "SHS", "#F26F21" },
  { "jsp", "Janasena Party", "जनसेना पार्टी", "JSP", "#DD0000" },
  { "sp", "Samajwadi Party", "समाजवादी पार्टी", "SP", "#FF2222" },
  { "aitc", "All India Trinamool Congress", "अखिल भारतीय तृणमूल कांग्रेस", "AITC", "#20C646" },
  { "rjd", "Rashtriya Janata Dal", "राष्ट्रीय जनता दल", "RJD", "#008000" },
  { "dmk", "Dravida Munnetra Kazhagam", "द्रविड़ मुन्नेत्र कड़गम", "DMK", "#DD1100" },
  { "aiadmk", "All India Anna Dravida Munnetra Kazhagam",
    "अखिल भारतीय अन्ना द्रविड़ मुन्नेत्र कड़गम", "AIADMK", "#138808" },
  { "jds", "Janata Dal (Secular)", "जनता दल (सेक्युलर)", "JD(S)", "#006400" },
  { "rlp", "Rashtriya Loktantrik Party", "राष्ट्रीय लोकतांत्रिक पार्टी", "RLP", "#D4AF37" },
  { "tdp", "Telugu Desam Party", "तेलुगु देशम पार्टी", "TDP", "#FFED00" },
  { "ysrcp", "YSR Congress Party", "वाईएसआर कांग्रेस पार्टी", "YSRCP", "#1569C7" },
  { "bjd", "Biju Janata Dal", "बीजू जनता दल", "BJD", "#2E8B57" },
  { "iuml", "Indian Union Muslim League", "इंडियन यूनियन मुस्लिम लीग", "IUML", "#009933" },
  { "brs", "Bharat Rashtra Samithi", "भारत राष्ट्र समिति", "BRS", "#FF1493" },
  { "aiudf", "All India United Democratic Front", "ऑल इंडिया यूनाइटेड डेमोक्रेटिक फ्रंट", "AIUDF",
    "#006600" },
  { "jmm", "Jharkhand Mukti Morcha", "झारखंड मुक्ति मोर्चा", "JMM", "#215B30" },
  { "sad", "Shiromani Akali Dal", "शिरोमणि अकाली दल", "SAD", "#0F204A" },
  { "jcc", "Janta Congress Chhattisgarh", "जनता कांग्रेस छत्तीसगढ़", "JCC", "#FF69B4" },
  { "inld", "Indian National Lok Dal", "इंडियन नेशनल लोक दल", "INLD", "#336600" },
  { "jknc", "Jammu & Kashmir National Conference", "जम्मू और कश्मीर नेशनल कॉन्फ्रेंस", "JKNC",
    "#B22222" },
  { "jkpdp", "Jammu and Kashmir Peoples Democratic Party",
    "जम्मू और कश्मीर पीपुल्स डेमोक्रेटिक पार्टी", "PDP", "#058532" },
  { "tmp", "Tipra Motha Party", "टिपरा मोथा पार्टी", "TMP", "#FFD700" },
  { "udp", "United Democratic Party", "यूनाइटेड डेमोक्रेटिक पार्टी", "UDP", "#3CB371" },
  { "ndpp", "Nationalist Democratic Progressive Party",
    "नेशनलिस्ट डेमोक्रेटिक प्रोग्रेसिव पार्टी", "NDPP", "#DC143C" },
  { "npf", "Naga People's Front", "नगा पीपुल्स फ्रंट", "NPF", "#800080" },
  { "mgp", "Maharashtrawadi Gomantak Party", "महाराष्ट्रवादी गोमांतक पार्टी", "MGP", "#FF6347" },
  { "zpm", "Zoram People's Movement", "ज़ोरम पीपुल्स मूवमेंट", "ZPM", "#FFA500" },
  { "mnf", "Mizo National Front", "मिज़ो नेशनल फ्रंट", "MNF", "#2E5694" },
  { "skm", "Sikkim Krantikari Morcha", "सिक्किम क्रांतिकारी मोर्चा", "SKM", "#E0115F" },
  { "sdf", "Sikkim Democratic Front", "सिक्किम डेमोक्रेटिक फ्रंट", "SDF", "#C9B800" },
  { "ainrc", "All India N.R. Congress", "ऑल इंडिया एन.आर. कांग्रेस", "AINRC", "#D2691E" },
  { "ind", "Independent", "निर्दलीय", "IND", "#999999" },
};

/* After its main three, a state lists the first 17 of parties[] (contested
 * widely, in an order of its own), then the others, until it has its
 * number. */
#define N_WIDE_PARTIES 17

typedef struct {
  const char *id, *en, *hi;
  guint       seats;           /* the assembly's real size */
  guint       electors;        /* about, per seat */
  guint       previous_year;
  const char *main[3];         /* the parties that win most seats */
} State;

static const State states[] = {
  { "uttar-pradesh", "Uttar Pradesh", "उत्तर प्रदेश", 403, 380000, 2017, { "sp", "bjp", "bsp" } },
  { "west-bengal", "West Bengal", "पश्चिम बंगाल", 294, 250000, 2016, { "aitc", "bjp", "inc" } },
  { "maharashtra", "Maharashtra", "महाराष्ट्र", 288, 310000, 2019, { "bjp", "shs", "inc" } },
  { "bihar", "Bihar", "बिहार", 243, 310000, 2015, { "rjd", "jdu", "bjp" } },
  { "tamil-nadu", "Tamil Nadu", "तमिलनाडु", 234, 260000, 2016, { "dmk", "aiadmk", "bjp" } },
  { "madhya-pradesh", "Madhya Pradesh", "मध्य प्रदेश", 230, 240000, 2018, { "bjp", "inc", "bsp" } },
  { "karnataka", "Karnataka", "कर्नाटक", 224, 230000, 2018, { "inc", "bjp", "jds" } },
  { "rajasthan", "Rajasthan", "राजस्थान", 200, 255000, 2018, { "bjp", "inc", "rlp" } },
  { "andhra-pradesh", "Andhra Pradesh", "आंध्र प्रदेश", 175, 230000, 2019,
    { "tdp", "ysrcp", "jsp" } },
  { "gujarat", "Gujarat", "गुजरात", 182, 270000, 2017, { "bjp", "inc", "aap" } },
  { "odisha", "Odisha", "ओडिशा", 147, 220000, 2019, { "bjd", "bjp", "inc" } },
  { "kerala", "Kerala", "केरल", 140, 195000, 2016, { "cpi-m", "inc", "iuml" } },
  { "telangana", "Telangana", "तेलंगाना", 119, 270000, 2018, { "inc", "brs", "bjp" } },
  { "assam", "Assam", "असम", 126, 190000, 2016, { "bjp", "inc", "aiudf" } },
  { "jharkhand", "Jharkhand", "झारखंड", 81, 280000, 2019, { "jmm", "bjp", "inc" } },
  { "punjab", "Punjab", "पंजाब", 117, 180000, 2017, { "aap", "inc", "sad" } },
  { "chhattisgarh", "Chhattisgarh", "छत्तीसगढ़", 90, 220000, 2018, { "bjp", "inc", "jcc" } },
  { "haryana", "Haryana", "हरियाणा", 90, 220000, 2019, { "bjp", "inc", "inld" } },
  { "delhi", "Delhi", "दिल्ली", 70, 210000, 2020, { "aap", "bjp", "inc" } },
  { "jammu-and-kashmir", "Jammu and Kashmir", "जम्मू और कश्मीर", 90, 95000, 2014,
    { "jknc", "bjp", "jkpdp" } },
  { "uttarakhand", "Uttarakhand", "उत्तराखंड", 70, 120000, 2017, { "bjp", "inc", "bsp" } },
  { "himachal-pradesh", "Himachal Pradesh", "हिमाचल प्रदेश", 68, 82000, 2017,
    { "inc", "bjp", "cpi-m" } },
  { "tripura", "Tripura", "त्रिपुरा", 60, 47000, 2018, { "bjp", "tmp", "cpi-m" } },
  { "meghalaya", "Meghalaya", "मेघालय", 60, 36000, 2018, { "npp", "udp", "inc" } },
  { "manipur", "Manipur", "मणिपुर", 60, 34000, 2017, { "bjp", "npp", "inc" } },
  { "nagaland", "Nagaland", "नगालैंड", 60, 22000, 2018, { "ndpp", "bjp", "npf" } },
  { "goa", "Goa", "गोवा", 40, 29000, 2017, { "bjp", "inc", "mgp" } },
  { "arunachal-pradesh", "Arunachal Pradesh", "अरुणाचल प्रदेश", 60, 15000, 2019,
    { "bjp", "npp", "inc" } },
  { "mizoram", "Mizoram", "मिज़ोरम", 40, 21000, 2018, { "zpm", "mnf", "inc" } },
  { "sikkim", "Sikkim", "सिक्किम", 32, 14000, 2019, { "skm", "sdf", "bjp" } },
  { "puducherry", "Puducherry", "पुडुचेरी", 30, 34000, 2016, { "ainrc", "dmk", "bjp" } },
};

/* Words that names are made of, in Latin and Devanagari letters. */
typedef struct {
  const char *en, *hi;
} Word;

static const Word place_starts[] = {
  { "Ram", "राम" }, { "Shiv", "शिव" }, { "Chandan", "चंदन" }, { "Hari", "हरि" },
  { "Sita", "सीता" }, { "Dev", "देव" }, { "Kishan", "किशन" }, { "Madhu", "मधु" },
  { "Sultan", "सुल्तान" }, { "Bhim", "भीम" }, { "Kalyan", "कल्याण" }, { "Gopal", "गोपाल" },
  { "Bela", "बेला" }, { "Sonar", "सोनार" }, { "Chandra", "चंद्र" }, { "Nand", "नंद" },
  { "Lakshmi", "लक्ष्मी" }, { "Raja", "राजा" }, { "Moti", "मोती" }, { "Hasan", "हसन" },
  { "Kesar", "केसर" }, { "Amar", "अमर" }, { "Bijay", "बिजय" }, { "Tara", "तारा" },
  { "Durga", "दुर्गा" }, { "Sher", "शेर" }, { "Malik", "मलिक" }, { "Jagat", "जगत" },
  { "Narayan", "नारायण" }, { "Sundar", "सुंदर" }, { "Kali", "काली" }, { "Bhawani", "भवानी" },
};

static const Word place_ends[] = {
  { "pur", "पुर" }, { "nagar", "नगर" }, { "ganj", "गंज" }, { "abad", "आबाद" },
  { "garh", "गढ़" }, { "wadi", "वाड़ी" }, { "kot", "कोट" }, { "gaon", "गाँव" },
  { "pura", "पुरा" }, { "ganga", "गंगा" }, { "pet", "पेट" }, { "khera", "खेड़ा" },
  { "ghat", "घाट" }, { "bagh", "बाग़" }, { "palli", "पल्ली" }, { "tal", "ताल" },
};

static const Word first_names[] = {
  { "Ramesh", "रमेश" }, { "Sunita", "सुनीता" }, { "Anil", "अनिल" }, { "Priya", "प्रिया" },
  { "Rajesh", "राजेश" }, { "Kavita", "कविता" }, { "Suresh", "सुरेश" }, { "Meena", "मीना" },
  { "Vijay", "विजय" }, { "Asha", "आशा" }, { "Mohammed", "मोहम्मद" }, { "Farida", "फ़रीदा" },
  { "Harpreet", "हरप्रीत" }, { "Lalit", "ललित" }, { "Deepa", "दीपा" }, { "Arjun", "अर्जुन" },
  { "Savitri", "सावित्री" }, { "Imran", "इमरान" }, { "Geeta", "गीता" }, { "Prakash", "प्रकाश" },
  { "Nirmala", "निर्मला" }, { "Sanjay", "संजय" }, { "Rekha", "रेखा" }, { "Abdul", "अब्दुल" },
  { "Manoj", "मनोज" }, { "Usha", "उषा" }, { "Gurpreet", "गुरप्रीत" }, { "Venkatesh", "वेंकटेश" },
  { "Lalrinawma", "ललरिनावमा" }, { "Tapan", "तपन" }, { "Shabnam", "शबनम" }, { "Dinesh", "दिनेश" },
};

static const Word middle_names[] = {
  { "Kumar", "कुमार" }, { "Singh", "सिंह" }, { "Devi", "देवी" }, { "Prasad", "प्रसाद" },
  { "Lal", "लाल" }, { "Chand", "चंद" },
};

static const Word surnames[] = {
  { "Yadav", "यादव" }, { "Sharma", "शर्मा" }, { "Patel", "पटेल" }, { "Reddy", "रेड्डी" },
  { "Das", "दास" }, { "Khan", "ख़ान" }, { "Nair", "नायर" }, { "Gill", "गिल" },
  { "Chauhan", "चौहान" }, { "Mishra", "मिश्रा" }, { "Jadhav", "जाधव" }, { "Banerjee", "बनर्जी" },
  { "Naidu", "नायडू" }, { "Meena", "मीणा" }, { "Gowda", "गौड़ा" }, { "Sangma", "संगमा" },
  { "Pillai", "पिल्लई" }, { "Ansari", "अंसारी" }, { "Thakur", "ठाकुर" }, { "Murmu", "मुर्मू" },
  { "Verma", "वर्मा" }, { "Bhattacharya", "भट्टाचार्य" }, { "Kaur", "कौर" }, { "Rao", "राव" },
};

/* The same feed each time: a fixed pseudo-random sequence. */
static guint32 rng_state = 2463534242u;

static guint32
rng (void)
{
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state;
}

/* In [low, high]. */
static guint
rng_range (guint low,
           guint high)
{
  return low + rng () % (high - low + 1);
}

static double
rng_uniform (double low,
             double high)
{
  return low + (high - low) * (rng () / 4294967296.0);
}

static gboolean
rng_chance (guint percent)
{
  return rng () % 100 < percent;
}

#define PICK(words) (&(words)[rng () % G_N_ELEMENTS (words)])

static const Party *
find_party (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    if (g_str_equal (parties[i].id, id))
      return &parties[i];
  g_error ("no party “%s”", id);
}

/* A TEXT value: English only, Hindi only, or both as translations. */
static void
append_text (GString    *json,
             const char *en,
             const char *hi,
             guint       percent_both,
             guint       percent_hindi)
{
  guint roll = rng () % 100;

  if (roll < percent_both)
    g_string_append_printf (json, "{\"en\":\"%s\",\"hi\":\"%s\"}", en, hi);
  else if (roll < percent_both + percent_hindi)
    g_string_append_printf (json, "\"%s\"", hi);
  else
    g_string_append_printf (json, "\"%s\"", en);
}

static void
append_place_name (GString *json,
                   guint    percent_both)
{
  const Word *start = PICK (place_starts), *end = PICK (place_ends);
  g_autofree char *en = g_strconcat (start->en, end->en, NULL);
  g_autofree char *hi = g_strconcat (start->hi, end->hi, NULL);

  append_text (json, en, hi, percent_both, 0);
}

static void
append_person_name (GString *json)
{
  const Word *first = PICK (first_names), *last = PICK (surnames);
  const Word *middle = rng_chance (30) ? PICK (middle_names) : NULL;
  g_autofree char *en = g_strjoin (" ", first->en, middle ? middle->en : last->en,
                                   middle ? last->en : NULL, NULL);
  g_autofree char *hi = g_strjoin (" ", first->hi, middle ? middle->hi : last->hi,
                                   middle ? last->hi : NULL, NULL);

  append_text (json, en, hi, 30, 15);
}

/* What a state's seats add up to for each of its parties. */
typedef struct {
  guint   won[32];
  guint   leading[32];
  guint64 votes[32];
  guint64 all_votes;     /* the candidates' and NOTA's */
} Tally;

enum { PENDING, COUNTING, DECLARED };

/* One constituency: a counting-day snapshot, some seats declared, some
 * still counting, a few not started. */
static void
append_seat (GString     *json,
             const State *state,
             const guint *state_parties,
             guint        n_parties,
             guint        number,
             guint        n_candidates,
             Tally       *tally)
{
  const Party *party[MAX_SEAT_CANDIDATES];
  guint index[MAX_SEAT_CANDIDATES];
  double weight[MAX_SEAT_CANDIDATES], sum = 0;
  guint64 votes[MAX_SEAT_CANDIDATES], nota, best = 0;
  guint roll = rng () % 100;
  int status = roll < 45 ? DECLARED : roll < 90 ? COUNTING : PENDING;
  guint electors = (guint) (state->electors * rng_uniform (0.8, 1.2));
  guint rounds = rng_range (12, 30);
  guint round = status == DECLARED ? rounds : status == COUNTING ? rng_range (1, rounds - 1) : 0;
  double progress = (double) round / rounds;
  double cast = electors * rng_uniform (0.55, 0.82) * progress;
  gboolean postal = rng_chance (70);
  int leader = -1;
  gboolean tie = FALSE;

  g_assert (n_candidates >= 2 && n_candidates <= MAX_SEAT_CANDIDATES);

  /* The three main parties, then others of the state and independents. */
  for (guint i = 0; i < n_candidates; i++)
    {
      if (i < 3)
        index[i] = i;
      else
        index[i] = rng_chance (35) ? n_parties - 1 : rng_range (3, n_parties - 1);
      party[i] = &parties[state_parties[index[i]]];
      weight[i] = i == 0 ? rng_uniform (30, 50)
                  : i == 1 ? rng_uniform (25, 45)
                  : i == 2 ? rng_uniform (4, 20)
                           : rng_uniform (0.2, 4);
      sum += weight[i];
    }
  nota = (guint64) (cast * rng_uniform (0.004, 0.015));
  for (guint i = 0; i < n_candidates; i++)
    {
      votes[i] = (guint64) (cast * weight[i] / sum);
      if (leader < 0 || votes[i] > best)
        {
          best = votes[i];
          leader = (int) i;
          tie = FALSE;
        }
      else if (votes[i] == best)
        {
          tie = TRUE;
        }
    }
  /* A declared seat has one candidate strictly ahead. */
  if (status == DECLARED && tie)
    {
      votes[leader]++;
      tie = FALSE;
    }

  g_string_append_printf (json, "{\"number\":%u,\"name\":", number);
  append_place_name (json, 30);
  if (rng_chance (16))
    g_string_append (json, ",\"reserved\":\"SC\"");
  else if (rng_chance (8))
    g_string_append (json, ",\"reserved\":\"ST\"");
  if (rng_chance (60))
    {
      g_string_append (json, ",\"district\":");
      append_place_name (json, 0);
    }
  if (status == DECLARED)
    g_string_append (json, ",\"status\":\"declared\"");
  else if (rng_chance (50))
    g_string_append (json, status == COUNTING ? ",\"status\":\"counting\""
                                              : ",\"status\":\"pending\"");
  if (status != PENDING || rng_chance (50))
    g_string_append_printf (json, ",\"round\":{\"current\":%u,\"total\":%u}", round, rounds);
  if (status != PENDING)
    g_string_append_printf (json, ",\"updated\":\"2023-12-03T%02u:%02u:%02u+05:30\"",
                            rng_range (9, 17), rng_range (0, 59), rng_range (0, 59));
  if (rng_chance (90))
    g_string_append_printf (json, ",\"electors\":%u", electors);
  if (status != PENDING && rng_chance (90))
    g_string_append_printf (json, ",\"nota\":%" G_GUINT64_FORMAT, nota);
  else
    nota = 0;
  if (rng_chance (85))
    {
      g_string_append_printf (json, ",\"previous\":{\"party\":\"%s\"",
                              parties[state_parties[rng_range (0, 2)]].id);
      if (rng_chance (90))
        g_string_append_printf (json, ",\"margin\":%u", rng_range (150, 40000));
      g_string_append_c (json, '}');
    }

  g_string_append (json, ",\"candidates\":[");
  for (guint i = 0; i < n_candidates; i++)
    {
      g_string_append (json, i > 0 ? ",{\"name\":" : "{\"name\":");
      append_person_name (json);
      g_string_append_printf (json, ",\"party\":\"%s\",\"votes\":%" G_GUINT64_FORMAT,
                              party[i]->id, votes[i]);
      if (postal && status != PENDING)
        g_string_append_printf (json, ",\"postal\":%" G_GUINT64_FORMAT,
                                (guint64) (votes[i] * rng_uniform (0.003, 0.02)));
      g_string_append_c (json, '}');
      tally->votes[index[i]] += votes[i];
      tally->all_votes += votes[i];
    }
  g_string_append (json, "]}");
  tally->all_votes += nota;

  /* As the model counts: a declared seat is won, one with votes in is
   * leading. */
  if (status != PENDING && !tie)
    {
      if (status == DECLARED)
        tally->won[index[leader]]++;
      else
        tally->leading[index[leader]]++;
    }
}

/* A state with its parties and every one of its seats. Half the states
 * give their parties' seat counts (equal to what the seats give), the
 * others leave them to be counted; a third give vote shares. */
static void
append_state (GString     *json,
              guint        s,
              guint       *candidates_left,
              guint       *seats_left)
{
  const State *state = &states[s];
  guint n_parties = 10 + (s * 7) % 11;
  guint state_parties[32];
  g_autoptr (GString) seats = g_string_new (NULL);
  Tally tally = { 0 };
  guint n = 0;

  /* The main three, the others, and independents last. */
  for (guint i = 0; i < 3; i++)
    state_parties[n++] = (guint) (find_party (state->main[i]) - parties);
  for (guint p = 0; n < n_parties - 1 && p < G_N_ELEMENTS (parties) - 1; p++)
    {
      guint candidate = p < N_WIDE_PARTIES ? (p + s) % N_WIDE_PARTIES : p;
      gboolean listed = FALSE;

      for (guint i = 0; i < n; i++)
        listed |= state_parties[i] == candidate;
      if (!listed)
        state_parties[n++] = candidate;
    }
  state_parties[n++] = G_N_ELEMENTS (parties) - 1;
  g_assert (n == n_parties && n <= G_N_ELEMENTS (state_parties));

  for (guint seat = 0; seat < state->seats; seat++)
    {
      guint n_candidates;

      /* About ten a seat, coming out at N_CANDIDATES in all. */
      if (*seats_left == 1)
        n_candidates = *candidates_left;
      else
        n_candidates = CLAMP ((int) (*candidates_left / *seats_left) + (int) rng_range (0, 10) - 5,
                              3, 20);
      g_string_append (seats, seat > 0 ? "," : "");
      append_seat (seats, state, state_parties, n_parties, seat + 1, n_candidates, &tally);
      *candidates_left -= n_candidates;
      *seats_left -= 1;
    }

  g_string_append_printf (json, "{\"id\":\"%s\",\"name\":{\"en\":\"%s\",\"hi\":\"%s\"},"
                          "\"seats\":%u,\"status\":\"counting\",\"previous_year\":%u,"
                          "\"parties\":[",
                          state->id, state->en, state->hi, state->seats, state->previous_year);
  for (guint i = 0; i < n_parties; i++)
    {
      const Party *party = &parties[state_parties[i]];

      g_string_append_printf (json, "%s{\"id\":\"%s\",\"name\":{\"en\":\"%s\",\"hi\":\"%s\"},"
                              "\"short\":\"%s\",\"color\":\"%s\"",
                              i > 0 ? "," : "", party->id, party->en, party->hi,
                              party->short_name, party->color);
      if (s % 2 == 0)
        g_string_append_printf (json, ",\"won\":%u,\"leading\":%u", tally.won[i],
                                tally.leading[i]);
      g_string_append_printf (json, ",\"previous\":%u",
                              i < 3 ? rng_range (0, state->seats / 3) : rng_range (0, 3));
      if (s % 3 == 0 && tally.all_votes > 0)
        g_string_append_printf (json, ",\"vote_percent\":%.2f",
                                floor (10000.0 * tally.votes[i] / tally.all_votes) / 100);
      g_string_append_c (json, '}');
    }
  g_string_append_printf (json, "],\"constituencies\":[%s]}", seats->str);
}

/* Written compactly, as feeds are served. */
static char *
seats_feed (gsize *length)
{
  GString *json = g_string_new ("{\"format\":\"matganana-feed\",\"version\":2,"
                                "\"updated\":\"2023-12-03T14:05:00+05:30\","
                                "\"timezone\":\"Asia/Kolkata\","
                                "\"source\":{\"name\":\"Counting-day snapshot\","
                                "\"url\":\"https://results.example/assemblies.json\"},"
                                "\"states\":[");
  guint candidates_left = N_CANDIDATES, seats_left = N_CONSTITUENCIES;

  for (guint s = 0; s < G_N_ELEMENTS (states); s++)
    {
      g_string_append (json, s > 0 ? "," : "");
      append_state (json, s, &candidates_left, &seats_left);
    }
  g_string_append (json, "]}");
  g_assert (seats_left == 0 && candidates_left == 0);
  /* The feed must stay within the parser's limit. */
  g_assert (json->len <= MG_FEED_MAX_BYTES);
  *length = json->len;
  return g_string_free (json, FALSE);
}

/* One run of either side, in microseconds. */
static double
run_once (gboolean ours,
          gpointer user_data)
{
  static const char *languages[] = { "hi", NULL };
  GBytes *feed = user_data;
  gsize length;
  const char *data = g_bytes_get_data (feed, &length);
  g_autoptr (GError) error = NULL;
  gint64 start;
  double elapsed;

  if (!ours)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();

      /* Parsing, and freeing the tree as mg_feed_parse_data() does. */
      start = g_get_monotonic_time ();
      if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
        g_error ("%s", error->message);
      g_clear_object (&parser);
      return g_get_monotonic_time () - start;
    }
  else
    {
      g_autoptr (MgElection) election = NULL;

      /* Parsing and building the model; not freeing it, as bench-parse. */
      start = g_get_monotonic_time ();
      election = mg_feed_parse_data (data, length, languages, &error);
      elapsed = g_get_monotonic_time () - start;
      if (election == NULL)
        g_error ("%s", error->message);
      return elapsed;
    }
}

/* Freeing the model, which neither side's time counts: the median of a
 * few runs in this process, in microseconds. */
static double
free_time (GBytes *feed)
{
  static const char *languages[] = { "hi", NULL };
  double times[5];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gsize length;
      const char *data = g_bytes_get_data (feed, &length);
      MgElection *election = mg_feed_parse_data (data, length, languages, NULL);
      gint64 start = g_get_monotonic_time ();

      g_assert (election != NULL);
      g_object_unref (election);
      times[i] = g_get_monotonic_time () - start;
    }
  for (guint i = 1; i < G_N_ELEMENTS (times); i++)
    for (guint j = i; j > 0 && times[j - 1] > times[j]; j--)
      {
        double t = times[j];

        times[j] = times[j - 1];
        times[j - 1] = t;
      }
  return times[G_N_ELEMENTS (times) / 2];
}

int
main (int   argc,
      char *argv[])
{
  gsize length;
  char *data = seats_feed (&length);
  g_autoptr (GBytes) feed = g_bytes_new_take (data, length);
  BenchPairResult result;

  if (bench_pair_run_child (argc, argv, run_once, feed))
    return 0;
  /* The feed itself, to look at or to profile the parser on. */
  if (argc == 2 && g_str_equal (argv[1], "--print-feed"))
    {
      fwrite (data, 1, length, stdout);
      return 0;
    }

  bench_pair_measure (ROUNDS, &result);
  g_print ("seats: %.1f MiB feed, %u states, %u constituencies, %u candidates; parse and model "
           "%.1f ms, json-glib alone %.1f ms (medians; freeing the model, not counted, %.1f ms); "
           "ratio of the %d pairs: median %.3f, min %.3f, max %.3f\n",
           length / 1048576.0, (guint) G_N_ELEMENTS (states), N_CONSTITUENCIES, N_CANDIDATES,
           result.ours / 1000, result.base / 1000, free_time (feed) / 1000, ROUNDS,
           result.ratio_median, result.ratio_min, result.ratio_max);
  g_print ("seats-parse-ratio: %.2f\n", result.ratio_median);
  return 0;
}
