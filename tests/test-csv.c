/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Results CSV files in the Lok Dhaba layout: RFC 4180 reading, grouping
 * into states and elections, the party registry, and the real files. */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-csv-reader.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-party-registry.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-summary.h"

static const char *const english[] = { "en", NULL };

#define HEADER "State_Name,Assembly_No,Constituency_No,Year,Poll_No,Position,Candidate,Party,Votes," \
               "Electors,Constituency_Name,Constituency_Type,District_Name"

static MgElection *
parse (const char  *csv,
       GError     **error)
{
  return mg_feed_parse_data (csv, strlen (csv), english, error);
}

static void
assert_fails (const char *csv,
              const char *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = parse (csv, &error);

  g_assert_null (election);
  g_assert_nonnull (error);
  g_assert_true (error->domain == MG_FEED_ERROR);
  g_assert_cmpstr (error->message, ==, message);
}

/* Commas, quotes and a line end inside quoted fields; CRLF; a BOM. */
static void
test_reader_rfc4180 (void)
{
  const char *data = "\xEF\xBB\xBF" "a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\r\n\r\nlast";
  g_autoptr (GPtrArray) fields = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  MgCsvReader reader;
  gboolean done;

  mg_csv_reader_init (&reader, data, strlen (data));
  g_assert_true (mg_csv_reader_next (&reader, fields, &done, &error));
  g_assert_false (done);
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (fields, 0), ==, "a");
  g_assert_cmpstr (g_ptr_array_index (fields, 1), ==, "b, c");
  g_assert_cmpstr (g_ptr_array_index (fields, 2), ==, "say \"hi\"");
  g_assert_true (mg_csv_reader_next (&reader, fields, &done, &error));
  g_assert_cmpuint (reader.row_line, ==, 2);
  g_assert_cmpuint (fields->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (fields, 0), ==, "two\nlines");
  g_assert_cmpstr (g_ptr_array_index (fields, 1), ==, "");
  g_assert_true (mg_csv_reader_next (&reader, fields, &done, &error));
  /* The blank line is skipped; the quoted line end counted. */
  g_assert_cmpuint (reader.row_line, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (fields, 0), ==, "last");
  g_assert_true (mg_csv_reader_next (&reader, fields, &done, &error));
  g_assert_true (done);
  g_assert_no_error (error);
  mg_csv_reader_clear (&reader);
}

static void
test_reader_errors (void)
{
  const char *unclosed = "a,b\n\"c,d\n";
  const char *stray = "a,b\nc\"d,e\n";
  const char *after = "a,b\n\"c\"d,e\n";
  g_autoptr (GPtrArray) fields = g_ptr_array_new ();
  MgCsvReader reader;
  gboolean done;
  struct { const char *data; const char *message; } cases[] = {
    { unclosed, "line 2: a quoted field is never closed" },
    { stray, "line 2: a quote inside a field that is not quoted" },
    { after, "line 2: text after a quoted field’s closing quote" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;

      mg_csv_reader_init (&reader, cases[i].data, strlen (cases[i].data));
      g_assert_true (mg_csv_reader_next (&reader, fields, &done, &error));
      g_assert_false (mg_csv_reader_next (&reader, fields, &done, &error));
      g_assert_cmpstr (error->message, ==, cases[i].message);
      mg_csv_reader_clear (&reader);
    }
}

/* Columns in any order, NOTA as the seat's NOTA, a by-election left out,
 * the seat count from the registry, SC and the district. */
static void
test_lokdhaba_seats (void)
{
  const char *csv =
    "Votes,Party,Candidate,Position,Constituency_No,Constituency_Name,Year,State_Name,Poll_No,"
    "Constituency_Type,District_Name,Electors,Unknown\r\n"
    "32095,BJP,Hans Raj,1,1,CHURAH,2022,Himachal_Pradesh,0,SC,CHAMBA,78823,x\r\n"
    "29453,INC,\"Singh, Yashwant\",2,1,CHURAH,2022,Himachal_Pradesh,0,SC,CHAMBA,78823,x\r\n"
    "779,NOTA,None of the Above,3,1,CHURAH,2022,Himachal_Pradesh,0,SC,CHAMBA,78823,x\r\n"
    "500,AAAP,A,1,2,BHARMOUR,2022,Himachal_Pradesh,0,ST,CHAMBA,80000,x\r\n"
    "400,CPM,B,2,2,BHARMOUR,2022,Himachal_Pradesh,0,ST,CHAMBA,80000,x\r\n"
    "900,INC,By-election winner,1,2,BHARMOUR,2023,Himachal_Pradesh,1,ST,CHAMBA,80000,x\r\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = parse (csv, &error);
  MgStateResult *state;
  MgConstituency *churah, *bharmour;

  g_assert_no_error (error);
  state = mg_election_find_state (election, "himachal-pradesh", NULL);
  g_assert_nonnull (state);
  g_assert_cmpstr (mg_state_result_get_name (state), ==, "Himachal Pradesh");
  g_assert_cmpuint (mg_state_result_get_seats (state), ==, 68);
  g_assert_cmpuint (mg_state_result_get_majority (state), ==, 35);
  g_assert_cmpuint (mg_state_result_get_n_constituencies (state), ==, 2);
  churah = mg_state_result_find_constituency (state, 1);
  g_assert_cmpuint (mg_constituency_get_n_candidates (churah), ==, 2);
  g_assert_cmpint (mg_constituency_get_nota (churah), ==, 779);
  g_assert_cmpint (mg_constituency_get_reserved (churah), ==, MG_RESERVED_SC);
  g_assert_cmpstr (mg_constituency_get_district (churah), ==, "CHAMBA");
  g_assert_cmpuint (mg_constituency_get_electors (churah), ==, 78823);
  g_assert_cmpint (mg_constituency_get_status (churah), ==, MG_SEAT_STATUS_DECLARED);
  g_assert_cmpuint (mg_constituency_get_margin (churah), ==, 2642);
  g_assert_cmpstr (mg_candidate_get_name (mg_constituency_get_runner_up (churah)), ==, "Singh, Yashwant");
  /* The by-election's 900 is not the general result; AAAP is the AAP. */
  bharmour = mg_state_result_find_constituency (state, 2);
  g_assert_cmpuint (mg_constituency_get_n_candidates (bharmour), ==, 2);
  g_assert_cmpstr (mg_candidate_get_party_id (mg_constituency_get_leader (bharmour)), ==, "aap");
  g_assert_cmpstr (mg_candidate_get_party_id (mg_constituency_get_runner_up (bharmour)), ==, "cpim");
  g_assert_cmpuint (mg_party_result_get_won (mg_state_result_get_party (state, 0)), ==, 1);
}

/* One seat of Gujarat's 182 in the file: the plural follows the one seat
 * with a result, not the 181 without. */
static void
test_lokdhaba_one_seat (void)
{
  const char *csv =
    HEADER "\n"
    "Gujarat,15,1,2022,0,1,Z,BJP,800,,ABDASA,GEN,KACHCHH\n"
    "Gujarat,15,1,2022,0,2,W,INC,500,,ABDASA,GEN,KACHCHH\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = parse (csv, &error);
  g_autofree char *decided = NULL;

  g_assert_no_error (error);
  decided = mg_summary_dup_decided_line (mg_election_get_state (election, 0));
  g_assert_cmpstr (decided, ==, "1 result of 182 seats, 181 with no data in this file");
}

/* A state the registry does not know, or one it knows without an
 * assembly: its seats are its constituencies in the file, every one with
 * a result, and its name is the file's. */
static void
test_lokdhaba_unknown_state (void)
{
  const char *csv =
    HEADER "\n"
    "Atlantis_Isles,1,1,2022,0,1,A,BJP,800,,NORTH,GEN,X\n"
    "Atlantis_Isles,1,1,2022,0,2,B,INC,500,,NORTH,GEN,X\n"
    "Atlantis_Isles,1,2,2022,0,1,C,INC,700,,SOUTH,GEN,X\n"
    "Atlantis_Isles,1,4,2022,0,1,D,INC,600,,EAST,GEN,X\n"
    "Chandigarh,1,1,2022,0,1,E,AAAP,900,,CENTRE,GEN,Y\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = parse (csv, &error);
  MgStateResult *atlantis, *chandigarh;
  g_autofree char *decided = NULL;

  g_assert_no_error (error);
  atlantis = mg_election_find_state (election, "atlantis-isles", NULL);
  g_assert_nonnull (atlantis);
  g_assert_cmpstr (mg_state_result_get_name (atlantis), ==, "Atlantis Isles");
  /* Three constituencies, whatever their numbers (1, 2 and 4). */
  g_assert_cmpuint (mg_state_result_get_seats (atlantis), ==, 3);
  g_assert_cmpuint (mg_state_result_get_majority (atlantis), ==, 2);
  g_assert_cmpuint (mg_state_result_get_no_data (atlantis), ==, 0);
  decided = mg_summary_dup_decided_line (atlantis);
  g_assert_cmpstr (decided, ==, "3 of 3 seats decided");
  g_assert_true (mg_state_result_get_majority_won (atlantis));

  /* Chandigarh has a Lok Sabha seat and no assembly. */
  chandigarh = mg_election_find_state (election, "chandigarh", NULL);
  g_assert_cmpuint (mg_state_result_get_seats (chandigarh), ==, 1);
  g_assert_cmpuint (mg_state_result_get_majority (chandigarh), ==, 1);
}

/* Two elections of a state: the later is shown, the earlier fills each
 * seat's and party's previous result. */
static void
test_lokdhaba_two_elections (void)
{
  const char *csv =
    HEADER "\n"
    "Gujarat,14,1,2017,0,1,X,INC,700,,ABDASA,GEN,KACHCHH\n"
    "Gujarat,14,1,2017,0,2,Y,BJP,600,,ABDASA,GEN,KACHCHH\n"
    "Gujarat,15,1,2022,0,1,Z,BJP,800,,ABDASA,GEN,KACHCHH\n"
    "Gujarat,15,1,2022,0,2,W,INC,500,,ABDASA,GEN,KACHCHH\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (MgElection) election = parse (csv, &error);
  MgStateResult *state;
  MgConstituency *seat;

  g_assert_no_error (error);
  state = mg_election_find_state (election, "gujarat", NULL);
  g_assert_cmpuint (mg_state_result_get_seats (state), ==, 182);
  g_assert_cmpuint (mg_state_result_get_previous_year (state), ==, 2017);
  seat = mg_state_result_find_constituency (state, 1);
  g_assert_cmpstr (mg_candidate_get_name (mg_constituency_get_leader (seat)), ==, "Z");
  g_assert_cmpstr (mg_constituency_get_previous_party (seat), ==, "inc");
  g_assert_cmpint (mg_constituency_get_previous_margin (seat), ==, 100);
  for (guint i = 0; i < mg_state_result_get_n_parties (state); i++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, i);
      int change = 0;

      g_assert_true (mg_party_result_get_change (party, &change));
      g_assert_cmpint (change, ==, g_str_equal (mg_party_result_get_id (party), "bjp") ? 1 : -1);
    }
}

static void
test_lokdhaba_errors (void)
{
  assert_fails ("", "document is empty");
  assert_fails ("State_Name,Year,Constituency_No,Constituency_Name,Candidate,Party\nx,1,1,a,b,c\n",
                "line 1: no column Votes; this is not a Lok Dhaba results file");
  assert_fails (HEADER "\n", "line 2: no results after the header");
  assert_fails (HEADER "\nGujarat,15,1,2022,0,1,Z,BJP,12a,,ABDASA,GEN,K\n",
                "line 2: column Votes: “12a” is not a whole number");
  assert_fails (HEADER "\nGujarat,15,1,2022,0,1,Z,BJP,-5,,ABDASA,GEN,K\n",
                "line 2: column Votes: “-5” is not a whole number");
  assert_fails (HEADER "\nGujarat,15,1,2022,0,1,Z,BJP,5,,ABDASA,GEN\n",
                "line 2: 12 fields, but the header has 13");
  assert_fails (HEADER "\nGujarat,15,1,2022,0,1,Z,BJP,800,,A,GEN,K\nGujarat,15,1,2022,0,1,W,INC,500,,A,GEN,K\n",
                "line 3: column Position: a second winner of constituency 1");
  assert_fails (HEADER "\nGujarat,15,1,2022,0,2,Z,BJP,800,,A,GEN,K\nGujarat,15,1,2022,0,2,W,INC,500,,A,GEN,K\n",
                "line 3: column Position: 2 is given twice in constituency 1");
  assert_fails (HEADER "\nGujarat,15,0,2022,0,1,Z,BJP,800,,A,GEN,K\n",
                "line 2: column Constituency_No: must be from 1 to 10000");
  assert_fails (HEADER "\nGujarat,15,10001,2022,0,1,Z,BJP,800,,A,GEN,K\n",
                "line 2: column Constituency_No: 10001 is more than 10000");
  assert_fails (HEADER "\nGujarat,15,1,2022,0,1,,BJP,800,,A,GEN,K\n",
                "line 2: column Candidate: empty");
  assert_fails (HEADER "\nGujarat,15,1,2022,0,1,\"Z,BJP,800,,A,GEN,K\n",
                "line 2: a quoted field is never closed");
  assert_fails (HEADER "\nGujarat,15,1,2022,0,1,Z\xff,BJP,800,,A,GEN,K\n",
                "line 2: not valid UTF-8");
}

/* A file named CSV (or served as text/csv) that is not a results file is
 * told so, whatever its first line, rather than that it is not JSON; the
 * content still decides first: JSON named ".csv" reads as JSON. */
static void
test_named_csv (void)
{
  static const char *text = "Counting resumes at 14:30.\n";
  static const char *missing_all =
    "line 1: no columns State_Name, Year, Constituency_No, Constituency_Name, Candidate, Party, "
    "Votes; this is not a Lok Dhaba results file";
  static const struct {
    const char *name;
    const char *content_type;
    gboolean    csv;
  } cases[] = {
    { "/tmp/results.csv", NULL, TRUE },
    { "/tmp/RESULTS.CSV", NULL, TRUE },
    { "http://127.0.0.1:8765/results.csv?state=gujarat#top", NULL, TRUE },
    { "http://127.0.0.1:8765/results", "text/csv; charset=utf-8", TRUE },
    { "http://127.0.0.1:8765/results", "Text/CSV", TRUE },
    { "http://127.0.0.1:8765/csv", "application/json", FALSE },
    { "/tmp/notes.txt", NULL, FALSE },
    { NULL, NULL, FALSE },
  };
  g_autoptr (GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autofree char *json_path = g_test_build_filename (G_TEST_DIST, "feeds", "good-minimal.json", NULL);
  g_autofree char *json = NULL;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (MgElection) election =
        mg_feed_parse_named (bytes, cases[i].name, cases[i].content_type, english, &error);
      int code = cases[i].csv ? MG_FEED_ERROR_INVALID : MG_FEED_ERROR_SYNTAX;

      g_assert_null (election);
      g_assert_error (error, MG_FEED_ERROR, code);
      if (cases[i].csv)
        g_assert_cmpstr (error->message, ==, missing_all);
      else
        g_assert_true (g_str_has_prefix (error->message, "line 1, column "));
    }

  /* One column missing of a real header names that one. */
  assert_fails ("State_Name,Year,Constituency_No,Constituency_Name,Candidate,Votes\nx,1,1,a,b,2\n",
                "line 1: no column Party; this is not a Lok Dhaba results file");

  g_assert_true (g_file_get_contents (json_path, &json, &length, NULL));
  {
    g_autoptr (GBytes) feed = g_bytes_new_take (g_steal_pointer (&json), length);
    g_autoptr (GBytes) empty = g_bytes_new_static ("", 0);
    g_autoptr (GError) error = NULL;
    g_autoptr (MgElection) election = mg_feed_parse_named (feed, "feed.csv", "text/csv", english, &error);

    g_assert_no_error (error);
    g_assert_nonnull (election);
    g_clear_object (&election);
    election = mg_feed_parse_named (empty, "empty.csv", NULL, english, &error);
    g_assert_error (error, MG_FEED_ERROR, MG_FEED_ERROR_EMPTY);
  }
}

static JsonObject *
party_by_id (JsonObject *party)
{
  return mg_party_registry_find_party_by_id (json_object_get_string_member (party, "id"));
}

/* Known abbreviations and their aliases; a stable colour for the rest. */
static void
test_registry (void)
{
  g_autofree char *aap = mg_party_registry_dup_id ("AAAP", NULL);
  g_autofree char *aap2 = mg_party_registry_dup_id ("AAP", NULL);
  g_autofree char *cpim = mg_party_registry_dup_id ("CPI(M)", NULL);
  g_autofree char *unknown = mg_party_registry_dup_id ("Garvi Gujarat Party", NULL);
  g_autofree char *color1 = mg_party_registry_dup_color ("Garvi Gujarat Party", NULL);
  g_autofree char *color2 = mg_party_registry_dup_color ("Garvi Gujarat Party", NULL);
  g_autofree char *other = mg_party_registry_dup_color ("Log Party", NULL);
  g_autofree char *bjp = mg_party_registry_dup_color ("BJP", NULL);
  JsonObject *state = mg_party_registry_find_state ("uttar-pradesh");

  g_assert_cmpstr (aap, ==, "aap");
  g_assert_cmpstr (aap2, ==, "aap");
  g_assert_cmpstr (cpim, ==, "cpim");
  g_assert_cmpstr (unknown, ==, "garvi-gujarat-party");
  g_assert_cmpstr (color1, ==, color2);
  g_assert_cmpstr (color1, !=, other);
  g_assert_cmpstr (bjp, ==, "#F97D09");
  g_assert_cmpint (json_object_get_int_member (state, "assembly"), ==, 403);

  /* The names TCPD's files write in full for parties the registry knows,
   * as the real files in tests/data spell them. */
  {
    static const char *const written[][2] = {
      { "Janata Dal(United)", "jdu" },
      { "Janata Dal(Secular)", "jds" },
      { "Bhartiya Tribal Party", "btp" },
      { "Communist Party of India(Marxist)", "cpim" },
      { "Communist Party of India(Marxist-Leninist)(Liberation)", "cpiml" },
      { "Lok Janshakti Party(Ram Vilas)", "ljprv" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (written); i++)
      {
        g_autofree char *id = mg_party_registry_dup_id (written[i][0], "gujarat");

        g_assert_cmpstr (id, ==, written[i][1]);
      }
  }

  /* VPP is Meghalaya's Voice of the People Party, but Gujarat's 2017
   * file writes it for the Vyavastha Parivartan Party. */
  {
    JsonObject *meghalaya = mg_party_registry_find_party ("VPP", "meghalaya");
    g_autofree char *in_gujarat = mg_party_registry_dup_color ("VPP", "gujarat");
    g_autofree char *elsewhere = mg_party_registry_dup_color ("VPP", NULL);

    g_assert_nonnull (meghalaya);
    g_assert_cmpstr (json_object_get_string_member (meghalaya, "id"), ==, "vpp");
    g_assert_null (mg_party_registry_find_party ("VPP", "gujarat"));
    g_assert_null (mg_party_registry_find_party ("vpp", "gujarat"));
    g_assert_nonnull (mg_party_registry_find_party ("VOPP", "gujarat"));
    g_assert_cmpstr (in_gujarat, !=, json_object_get_string_member (meghalaya, "color"));
    g_assert_cmpstr (in_gujarat, ==, elsewhere);
    /* A feed names the party by its id anywhere. */
    g_assert_true (mg_party_registry_find_party_by_id ("vpp") == meghalaya);
  }

  /* Every party of the registry (the recognised national and state
   * parties, independents and NOTA) has both names, a short name and a
   * colour, and is found by each of its abbreviations; the Lok Sabha's
   * seats add up to 543. */
  {
    g_autoptr (GBytes) bytes = g_resources_lookup_data ("/io/github/matganana/Matganana/registry.json",
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    g_autoptr (JsonParser) parser = json_parser_new ();
    JsonObject *root;
    JsonArray *parties, *states;
    gint64 lok_sabha = 0;

    g_assert_nonnull (bytes);
    g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                               (gssize) g_bytes_get_size (bytes), NULL));
    root = json_node_get_object (json_parser_get_root (parser));
    parties = json_object_get_array_member (root, "parties");
    g_assert_cmpuint (json_array_get_length (parties), >=, 60);
    for (guint i = 0; i < json_array_get_length (parties); i++)
      {
        JsonObject *party = json_array_get_object_element (parties, i);
        JsonArray *abbreviations = json_object_get_array_member (party, "abbreviations");
        const char *color = json_object_get_string_member (party, "color");

        g_assert_nonnull (json_object_get_string_member (json_object_get_object_member (party, "name"), "hi"));
        g_assert_nonnull (json_object_get_string_member (json_object_get_object_member (party, "short"), "hi"));
        g_assert_true (strlen (color) == 7 && color[0] == '#');
        for (guint a = 0; a < json_array_get_length (abbreviations); a++)
          {
            const char *abbreviation = json_array_get_string_element (abbreviations, a);
            JsonObject *found = mg_party_registry_find_party (abbreviation, NULL);

            g_assert_nonnull (found);
            g_assert_cmpstr (json_object_get_string_member (found, "id"), ==,
                             json_object_get_string_member (party, "id"));
          }
        /* An abbreviation of some states only: the party's there alone. */
        if (json_object_has_member (party, "state_abbreviations"))
          {
            JsonObject *by_state = json_object_get_object_member (party, "state_abbreviations");
            g_autoptr (GList) state_ids = json_object_get_members (by_state);

            for (GList *l = state_ids; l != NULL; l = l->next)
              {
                JsonArray *local = json_object_get_array_member (by_state, l->data);

                g_assert_nonnull (mg_party_registry_find_state (l->data));
                for (guint a = 0; a < json_array_get_length (local); a++)
                  {
                    const char *abbreviation = json_array_get_string_element (local, a);
                    JsonObject *found = mg_party_registry_find_party (abbreviation, l->data);

                    g_assert_true (found == party_by_id (party));
                    g_assert_null (mg_party_registry_find_party (abbreviation, NULL));
                  }
              }
          }
      }
    states = json_object_get_array_member (root, "states");
    for (guint i = 0; i < json_array_get_length (states); i++)
      lok_sabha += json_object_get_int_member (json_array_get_object_element (states, i), "lok_sabha");
    g_assert_cmpint (lok_sabha, ==, 543);
  }
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static MgElection *
parse_data_file (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  MgElection *election;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  election = mg_feed_parse_data (contents, length, english, &error);
  g_assert_no_error (error);
  return election;
}

static guint
won_by (MgStateResult *state,
        const char    *id)
{
  MgPartyResult *party = mg_state_result_find_party (state, id, NULL);

  g_assert_nonnull (party);
  return mg_party_result_get_won (party);
}

/* The real files: Himachal's 68 seats in full; Gujarat's 179 of 182. */
static void
test_real_files (void)
{
  g_autoptr (MgElection) himachal = parse_data_file ("tcpd-ae-himachal-pradesh-2022.csv");
  g_autoptr (MgElection) gujarat = parse_data_file ("tcpd-ae-gujarat-2022.csv");
  MgStateResult *hp = mg_election_find_state (himachal, "himachal-pradesh", NULL);
  MgStateResult *gj = mg_election_find_state (gujarat, "gujarat", NULL);

  g_assert_cmpuint (mg_state_result_get_n_constituencies (hp), ==, 68);
  g_assert_cmpuint (won_by (hp, "inc"), ==, 40);
  g_assert_cmpuint (won_by (hp, "bjp"), ==, 25);
  g_assert_cmpuint (won_by (hp, "ind"), ==, 3);
  g_assert_cmpuint (mg_state_result_get_seats (gj), ==, 182);
  g_assert_cmpuint (mg_state_result_get_n_constituencies (gj), ==, 179);
  /* Kalol 38 is one of the seats the source lost; Kalol 127 is there. */
  g_assert_null (mg_state_result_find_constituency (gj, 38));
  g_assert_nonnull (mg_state_result_find_constituency (gj, 127));
  /* Bapunagar's "Janata Dal(United)" candidate is the registry's JD(U). */
  g_assert_cmpstr (mg_party_result_get_name (mg_state_result_find_party (gj, "jdu", NULL)), ==,
                   "Janata Dal (United)");
  g_assert_null (mg_state_result_find_party (gj, "janata-dal-united", NULL));

  /* Gujarat 2017's VPP is its own Vyavastha Parivartan Party, not
   * Meghalaya's Voice of the People Party. */
  {
    g_autoptr (MgElection) gujarat_2017 = parse_data_file ("tcpd-ae-gujarat-2017.csv");
    MgPartyResult *vpp = mg_state_result_find_party (mg_election_get_state (gujarat_2017, 0), "vpp", NULL);

    g_assert_nonnull (vpp);
    g_assert_cmpstr (mg_party_result_get_name (vpp), ==, "VPP");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/reader/rfc4180", test_reader_rfc4180);
  g_test_add_func ("/csv/reader/errors", test_reader_errors);
  g_test_add_func ("/csv/lokdhaba/seats", test_lokdhaba_seats);
  g_test_add_func ("/csv/lokdhaba/one-seat", test_lokdhaba_one_seat);
  g_test_add_func ("/csv/lokdhaba/unknown-state", test_lokdhaba_unknown_state);
  g_test_add_func ("/csv/lokdhaba/two-elections", test_lokdhaba_two_elections);
  g_test_add_func ("/csv/lokdhaba/errors", test_lokdhaba_errors);
  g_test_add_func ("/csv/lokdhaba/named-csv", test_named_csv);
  g_test_add_func ("/csv/registry", test_registry);
  g_test_add_func ("/csv/real-files", test_real_files);

  return g_test_run ();
}
