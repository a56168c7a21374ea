/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "mg-alliance.h"
#include "mg-chart-groups.h"
#include "mg-chart-layout.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-tally.h"
#include "mg-user-alliances.h"
#include "mg-test-util.h"

static const char * const english[] = { "en", NULL };

/* A house of two states: North (3 seats: BJP won 2, Congress leads 1) and
 * South (2 seats: Congress won 1, the DMK won 1). NDA is the BJP and the
 * DMK (which has no seat in North), INDIA is Congress; the AAP is in
 * neither. */
static const char house_feed[] =
  "{\"format\": \"matganana-feed\", \"version\": 2,"
  " \"house\": {\"name\": \"House\", \"seats\": 5},"
  " \"alliances\": ["
  "  {\"id\": \"nda\", \"name\": \"NDA\", \"color\": \"#FF9933\", \"parties\": [\"bjp\", \"dmk\"]},"
  "  {\"id\": \"india\", \"name\": \"INDIA\", \"parties\": [\"inc\"]}],"
  " \"states\": ["
  "  {\"id\": \"north\", \"name\": \"North\", \"seats\": 3, \"parties\": ["
  "    {\"id\": \"bjp\", \"name\": \"BJP\", \"color\": \"#F97D09\", \"won\": 2, \"leading\": 0, \"previous\": 1, \"vote_percent\": 40},"
  "    {\"id\": \"inc\", \"name\": \"Congress\", \"won\": 0, \"leading\": 1, \"previous\": 2, \"vote_percent\": 35},"
  "    {\"id\": \"aap\", \"name\": \"AAP\", \"won\": 0, \"leading\": 0, \"vote_percent\": 5}]},"
  "  {\"id\": \"south\", \"name\": \"South\", \"seats\": 2, \"parties\": ["
  "    {\"id\": \"inc\", \"name\": \"Congress\", \"won\": 1, \"leading\": 0, \"previous\": 0},"
  "    {\"id\": \"dmk\", \"name\": \"DMK\", \"color\": \"#E10600\", \"won\": 1, \"leading\": 0, \"previous\": 2}]}]}";

static void
assert_party (MgStateResult *state,
              guint          index,
              const char    *id,
              guint          won,
              guint          leading)
{
  MgPartyResult *party = mg_state_result_get_party (state, index);

  g_assert_nonnull (party);
  g_assert_cmpstr (mg_party_result_get_id (party), ==, id);
  g_assert_cmpuint (mg_party_result_get_won (party), ==, won);
  g_assert_cmpuint (mg_party_result_get_leading (party), ==, leading);
}

static void
test_house (void)
{
  g_autoptr (MgElection) election = mg_test_parse (house_feed, english);
  g_autoptr (MgStateResult) house = mg_tally_house (election);
  g_autoptr (MgStateResult) none = NULL;
  g_autoptr (MgElection) plain = mg_test_load_bundled (english);

  g_assert_cmpstr (mg_election_get_house_name (election), ==, "House");
  g_assert_cmpuint (mg_election_get_house_seats (election), ==, 5);
  /* Not given: more than half. */
  g_assert_cmpuint (mg_election_get_house_majority (election), ==, 3);

  g_assert_cmpstr (mg_state_result_get_id (house), ==, MG_TALLY_HOUSE_ID);
  g_assert_cmpstr (mg_state_result_get_name (house), ==, "House");
  g_assert_cmpuint (mg_state_result_get_seats (house), ==, 5);
  g_assert_cmpuint (mg_state_result_get_majority (house), ==, 3);
  /* Parties in the order they first appear, summed over the states. */
  g_assert_cmpuint (mg_state_result_get_n_parties (house), ==, 4);
  assert_party (house, 0, "bjp", 2, 0);
  assert_party (house, 1, "inc", 1, 1);
  assert_party (house, 2, "aap", 0, 0);
  assert_party (house, 3, "dmk", 1, 0);
  g_assert_cmpint (mg_party_result_get_previous (mg_state_result_get_party (house, 1)), ==, 2);
  /* A vote share cannot be summed from shares. */
  g_assert_cmpfloat (mg_party_result_get_vote_percent (mg_state_result_get_party (house, 0)), <, 0);
  g_assert_cmpuint (mg_state_result_get_decided (house), ==, 4);

  none = mg_tally_house (plain);
  g_assert_null (none);
}

static void
test_by_alliance (void)
{
  g_autoptr (MgElection) election = mg_test_parse (house_feed, english);
  g_autoptr (MgStateResult) house = mg_tally_house (election);
  g_autoptr (MgStateResult) by_house = mg_tally_by_alliance (election, house);
  g_autoptr (MgStateResult) north = mg_tally_by_alliance (election, mg_election_get_state (election, 0));
  MgPartyResult *nda;
  guint32 rgb = 0;

  g_assert_cmpuint (g_list_model_get_n_items (mg_election_get_alliances (election)), ==, 2);
  g_assert_cmpstr (mg_alliance_get_id (mg_election_find_alliance_of (election, "dmk")), ==, "nda");
  g_assert_null (mg_election_find_alliance_of (election, "aap"));

  /* The alliances in the feed's order, then the parties in none. */
  g_assert_cmpuint (mg_state_result_get_n_parties (by_house), ==, 3);
  assert_party (by_house, 0, "nda", 3, 0);
  assert_party (by_house, 1, "india", 1, 1);
  assert_party (by_house, 2, "aap", 0, 0);
  nda = mg_state_result_get_party (by_house, 0);
  g_assert_cmpstr (mg_party_result_get_name (nda), ==, "NDA");
  g_assert_true (mg_party_result_get_color (nda, &rgb));
  g_assert_cmphex (rgb, ==, 0xff9933);
  /* INDIA has no colour of its own: its first party's, or none. */
  g_assert_false (mg_party_result_get_color (mg_state_result_get_party (by_house, 1), NULL));
  g_assert_cmpuint (mg_state_result_get_seats (by_house), ==, 5);
  g_assert_cmpuint (mg_state_result_get_majority (by_house), ==, 3);
  g_assert_true (mg_state_result_get_majority_won (by_house));

  /* North: the DMK stands nowhere there, the NDA is the BJP alone. */
  assert_party (north, 0, "nda", 2, 0);
  g_assert_cmpint (mg_party_result_get_previous (mg_state_result_get_party (north, 0)), ==, 1);
  g_assert_cmpfloat_with_epsilon (mg_party_result_get_vote_percent (mg_state_result_get_party (north, 0)), 40,
                                  1e-9);
  assert_party (north, 1, "india", 0, 1);
  assert_party (north, 2, "aap", 0, 0);
}

static void
assert_member (MgPartyResult *row,
               guint          index,
               const char    *id,
               guint          total)
{
  g_autoptr (MgPartyResult) member = g_list_model_get_item (mg_party_result_get_members (row), index);

  g_assert_nonnull (member);
  g_assert_cmpstr (mg_party_result_get_id (member), ==, id);
  g_assert_cmpuint (mg_party_result_get_total (member), ==, total);
  g_assert_cmpstr (mg_party_result_get_alliance (member), ==, mg_party_result_get_name (row));
}

/* An alliance counted as one entry keeps its parties with seats, most
 * first, for the chart and the table; a party in no alliance has none. */
static void
test_members (void)
{
  g_autoptr (MgElection) election = mg_test_parse (house_feed, english);
  g_autoptr (MgStateResult) house = mg_tally_house (election);
  g_autoptr (MgStateResult) by_house = mg_tally_by_alliance (election, house);
  g_autoptr (MgStateResult) north = mg_tally_by_alliance (election, mg_election_get_state (election, 0));
  MgPartyResult *nda = mg_state_result_get_party (by_house, 0);

  g_assert_cmpuint (g_list_model_get_n_items (mg_party_result_get_members (nda)), ==, 2);
  assert_member (nda, 0, "bjp", 2);
  assert_member (nda, 1, "dmk", 1);
  assert_member (mg_state_result_get_party (by_house, 1), 0, "inc", 2);
  g_assert_null (mg_party_result_get_members (mg_state_result_get_party (by_house, 2)));
  g_assert_null (mg_party_result_get_alliance (mg_state_result_get_party (by_house, 2)));
  /* North: the DMK has no seat there, so it is not among the NDA's. */
  g_assert_cmpuint (g_list_model_get_n_items (mg_party_result_get_members (mg_state_result_get_party (north, 0))),
                    ==, 1);
  assert_member (mg_state_result_get_party (north, 0), 0, "bjp", 2);
}

/* Updated in place, an alliance's parties stay the same objects while
 * they are the same parties, so a table of them follows in place. */
static void
test_members_update (void)
{
  g_autoptr (MgElection) election = mg_test_parse (house_feed, english);
  g_autoptr (MgStateResult) house = mg_tally_house (election);
  g_autoptr (MgStateResult) shown = mg_tally_by_alliance (election, house);
  g_autoptr (MgStateResult) again = NULL;
  GListModel *members = mg_party_result_get_members (mg_state_result_get_party (shown, 0));
  g_autoptr (MgPartyResult) bjp = g_list_model_get_item (members, 0);
  MgPartyResult *north_bjp = mg_state_result_get_party (mg_election_get_state (election, 0), 0);

  /* The BJP loses a seat in North to nobody yet: still first of two. */
  mg_party_result_set_won (north_bjp, 1);
  g_clear_object (&house);
  house = mg_tally_house (election);
  again = mg_tally_by_alliance (election, house);
  g_assert_true (mg_state_result_update_from (shown, again));
  {
    g_autoptr (MgPartyResult) first = g_list_model_get_item (members, 0);

    g_assert_true (first == bjp);
  }
  g_assert_cmpuint (mg_party_result_get_total (bjp), ==, 1);
  g_assert_cmpuint (mg_party_result_get_total (mg_state_result_get_party (shown, 0)), ==, 2);

  /* Then the BJP has no seat left: it leaves the list, which is spliced. */
  mg_party_result_set_won (north_bjp, 0);
  g_clear_object (&house);
  g_clear_object (&again);
  house = mg_tally_house (election);
  again = mg_tally_by_alliance (election, house);
  g_assert_true (mg_state_result_update_from (shown, again));
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  assert_member (mg_state_result_get_party (shown, 0), 0, "dmk", 1);
}

/* The chart of a house counted by alliance: each alliance's wedge holds
 * its parties' dots in their own colours, and is named with its seats. */
static void
test_chart (void)
{
  g_autoptr (MgElection) election = mg_test_parse (house_feed, english);
  g_autoptr (MgStateResult) house = mg_tally_house (election);
  g_autoptr (MgStateResult) by_house = mg_tally_by_alliance (election, house);
  g_autoptr (PangoContext) context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr (MgChartLayout) plain = mg_chart_layout_new (house, context, 600);
  g_autoptr (MgChartLayout) layout =
    mg_chart_layout_new_full (by_house, context, 600, MG_CHART_LAYOUT_LEGEND | MG_CHART_LAYOUT_TWO_THIRDS);
  static const struct {
    const char     *party;
    guint32         rgb;
    MgChartSeatKind kind;
  } seats[] = {
    { "bjp", 0xf97d09, MG_CHART_SEAT_WON },
    { "bjp", 0xf97d09, MG_CHART_SEAT_WON },
    { "dmk", 0xe10600, MG_CHART_SEAT_WON },
    { "inc", 0, MG_CHART_SEAT_WON },
    { "inc", 0, MG_CHART_SEAT_LEADING },
  };
  MgChartGroups *groups = mg_chart_layout_get_groups (layout);
  const char *name = NULL;
  guint first = 99, n = 99;
  guint32 inc_rgb = 0, rgb = 0;

  g_assert_cmpuint (mg_chart_groups_get_n (mg_chart_layout_get_groups (plain)), ==, 0);
  g_assert_cmpuint (mg_chart_groups_get_n (groups), ==, 2);
  mg_chart_groups_get (groups, 0, &name, &first, &n);
  g_assert_cmpstr (name, ==, "NDA");
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 3);
  mg_chart_groups_get (groups, 1, &name, &first, &n);
  g_assert_cmpstr (name, ==, "INDIA");
  g_assert_cmpuint (first, ==, 3);
  g_assert_cmpuint (n, ==, 2);

  /* Congress has no colour of its own: the table's swatch is the
   * chart's colour for it. */
  g_assert_true (mg_chart_groups_party_color (by_house,
                                              g_list_model_get_item (mg_party_result_get_members (
                                                mg_state_result_get_party (by_house, 1)), 0),
                                              &inc_rgb));
  for (guint i = 0; i < G_N_ELEMENTS (seats); i++)
    {
      MgPartyResult *owner = NULL;
      MgChartSeatKind kind;
      double x, y, r;

      mg_chart_layout_get_seat_owner (layout, i, &owner, &kind, NULL);
      g_assert_cmpstr (mg_party_result_get_id (owner), ==, seats[i].party);
      g_assert_cmpint (kind, ==, seats[i].kind);
      mg_chart_layout_get_seat (layout, i, &x, &y, &r, &rgb, &kind);
      g_assert_cmphex (rgb, ==, seats[i].rgb != 0 ? seats[i].rgb : inc_rgb);
    }
  /* Two thirds of the seats, rounded up: what an amendment needs. */
  g_assert_cmpuint (mg_chart_two_thirds_of (5), ==, 4);
  g_assert_cmpuint (mg_chart_two_thirds_of (543), ==, 362);
  g_assert_cmpuint (mg_chart_two_thirds_of (3), ==, 2);
  g_assert_cmpuint (mg_chart_two_thirds_of (182), ==, 122);
  /* The labels take room around the hemicycle. */
  g_assert_cmpfloat (mg_chart_layout_get_height (layout), >, mg_chart_layout_get_height (plain));
}

/* The user's alliances file: read for one feed, written keeping the
 * others', and refused with where and why when it breaks a rule. */
static void
test_user_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("matganana-alliances-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "alliances.json", NULL);
  g_autoptr (MgElection) election = mg_test_parse (house_feed, english);
  g_autoptr (MgElection) plain = mg_test_load_bundled (english);
  g_autoptr (GPtrArray) none = NULL;
  g_autoptr (GPtrArray) read = NULL;
  g_autoptr (GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  g_autofree char *deep = NULL;
  static const char * const bjp[] = { "bjp", NULL };
  static const char * const others[] = { "inc", "aap", NULL };
  static const char * const unknown[] = { "xyz", NULL };
  static const struct {
    const char *text;
    const char *message;
  } bad[] = {
    { "[]", "alliances.json: must be an object with “feeds”" },
    { "{\"feeds\": {\"f\": {}}}", "alliances.json: feeds[“f”]: must be a list of at most 50 alliances" },
    { "{\"feeds\": {\"f\": [{\"id\": \"a\", \"name\": \"A\", \"parties\": [\"bjp\", 7]}]}}",
      "alliances.json: feeds[“f”][0].parties[1]: must be a party id" },
    { "{\"feeds\": {\"f\": [{\"id\": \"a\", \"name\": \"A\", \"parties\": [\"bjp\"]},"
      " {\"id\": \"b\", \"name\": \"B\", \"parties\": [\"inc\", \"bjp\"]}]}}",
      "alliances.json: feeds[“f”][1].parties[1]: “bjp” is already in alliance “a”" },
    { "{\"feeds\": {\"f\": [{\"id\": \"a\", \"name\": \"A\", \"parties\": [\"bjp\"]},"
      " {\"id\": \"a\", \"name\": \"B\", \"parties\": [\"inc\"]}]}}",
      "alliances.json: feeds[“f”][1].id: is already the id of another alliance" },
    { "{\"feeds\": {\"f\": [{\"id\": \"a\", \"name\": \"A\", \"color\": \"red\", \"parties\": [\"bjp\"]}]}}",
      "alliances.json: feeds[“f”][0].color: must be a colour as #RRGGBB" },
    { "{\"feeds\": {\"f\": [{\"id\": \"a\", \"parties\": [\"bjp\"]}]}}",
      "alliances.json: feeds[“f”][0].name: must be a text" },
  };

  /* No file: no alliances, no error. */
  none = mg_user_alliances_load (path, "f", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GPtrArray) alliances = NULL;

      g_assert_true (g_file_set_contents (path, bad[i].text, -1, NULL));
      alliances = mg_user_alliances_load (path, "f", &error);
      g_assert_null (alliances);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_clear_error (&error);
    }
  /* Nesting json-glib cannot take is refused before it sees it. */
  deep = g_strnfill (100000, '[');
  g_assert_true (g_file_set_contents (path, deep, -1, NULL));
  g_assert_null (mg_user_alliances_load (path, "f", &error));
  g_assert_true (g_str_has_prefix (error->message, "alliances.json: "));
  g_clear_error (&error);
  /* A file that cannot be read is not written over. */
  g_assert_false (mg_user_alliances_save (path, "f", mine, &error));
  g_clear_error (&error);
  g_unlink (path);

  /* Written for two feeds; each keeps its own. */
  g_ptr_array_add (mine, mg_alliance_new ("nda", "NDA", bjp));
  g_ptr_array_add (mine, mg_alliance_new ("opp", "Opposition", others));
  mg_alliance_set_color (g_ptr_array_index (mine, 1), TRUE, 0x00aaff);
  g_assert_true (mg_user_alliances_save (path, "one", mine, &error));
  g_assert_no_error (error);
  g_ptr_array_set_size (mine, 1);
  g_assert_true (mg_user_alliances_save (path, "two", mine, &error));
  read = mg_user_alliances_load (path, "one", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 2);
  g_assert_cmpstr (mg_alliance_get_name (g_ptr_array_index (read, 1)), ==, "Opposition");
  g_assert_true (mg_alliance_has_party (g_ptr_array_index (read, 1), "aap"));
  {
    guint32 rgb = 0;

    g_assert_true (mg_alliance_get_color (g_ptr_array_index (read, 1), &rgb));
    g_assert_cmphex (rgb, ==, 0x00aaff);
  }
  g_clear_pointer (&read, g_ptr_array_unref);
  read = mg_user_alliances_load (path, "two", &error);
  g_assert_cmpuint (read->len, ==, 1);

  /* Applied to a feed that has none; not over a feed's own. */
  g_clear_pointer (&read, g_ptr_array_unref);
  read = mg_user_alliances_load (path, "one", &error);
  g_assert_true (mg_user_alliances_apply (plain, read, &error));
  g_assert_cmpuint (g_list_model_get_n_items (mg_election_get_alliances (plain)), ==, 2);
  g_assert_true (mg_user_alliances_apply (election, read, &error));
  {
    g_autoptr (MgAlliance) first = g_list_model_get_item (mg_election_get_alliances (election), 0);

    g_assert_cmpstr (mg_alliance_get_id (first), ==, "nda");
    g_assert_true (mg_alliance_has_party (first, "dmk"));
  }
  /* A party the feed does not have: said, and nothing applied. */
  g_clear_object (&plain);
  plain = mg_test_load_bundled (english);
  g_ptr_array_add (mine, mg_alliance_new ("x", "Nobody", unknown));
  g_assert_false (mg_user_alliances_apply (plain, mine, &error));
  g_assert_cmpstr (error->message, ==, "alliance “Nobody”: no party “xyz” in this feed");
  g_assert_cmpuint (g_list_model_get_n_items (mg_election_get_alliances (plain)), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
}

/* The text summary: the house first, then each state; by alliance, each
 * alliance's parties with seats beneath it. */
static void
test_summary (void)
{
  g_autoptr (MgElection) election = mg_test_parse (house_feed, english);
  g_autofree char *by_party = mg_summary_format_text (election, NULL, FALSE);
  g_autofree char *by_alliance = mg_summary_format_text (election, NULL, TRUE);
  g_autofree char *one = mg_summary_format_text (election, mg_election_get_state (election, 1), TRUE);

  g_test_message ("%s", by_alliance);
  g_assert_true (g_str_has_prefix (by_party, "House\n"));
  g_assert_nonnull (strstr (by_party, "\nNorth\n"));
  g_assert_true (strstr (by_party, "\nNorth\n") < strstr (by_party, "\nSouth\n"));
  g_assert_nonnull (strstr (by_alliance, "  5 seats · Majority mark 3 · NDA has won a majority"));
  /* Name, won, leading, total, change since the last time. */
  g_assert_true (g_regex_match_simple ("^  Alliance or party +Won +Leading +Total +Change\n"
                                       "  NDA +3 +0 +3 +0\n"
                                       "    BJP +2 +0 +2 +\\+1\n"
                                       "    DMK +1 +0 +1 +−1\n"
                                       "  INDIA +1 +1 +2 +0\n"
                                       "    Congress +1 +1 +2 +0\n"
                                       "  AAP +0 +0 +0 +—\n",
                                       by_alliance, G_REGEX_MULTILINE, 0));
  /* One state: no house. */
  g_assert_true (g_str_has_prefix (one, "South\n"));
}

/* Alliances and the house come along when a model is updated in place. */
static void
test_update (void)
{
  g_autoptr (MgElection) election = mg_election_new ();
  g_autoptr (MgElection) incoming = mg_test_parse (house_feed, english);

  g_assert_true (mg_election_update_from (election, incoming));
  g_assert_cmpuint (g_list_model_get_n_items (mg_election_get_alliances (election)), ==, 2);
  g_assert_cmpstr (mg_election_get_house_name (election), ==, "House");
  g_assert_false (mg_election_update_from (election, incoming));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tally/house", test_house);
  g_test_add_func ("/tally/by-alliance", test_by_alliance);
  g_test_add_func ("/tally/members", test_members);
  g_test_add_func ("/tally/members-update", test_members_update);
  g_test_add_func ("/tally/chart", test_chart);
  g_test_add_func ("/tally/user-file", test_user_file);
  g_test_add_func ("/tally/summary", test_summary);
  g_test_add_func ("/tally/update", test_update);

  return g_test_run ();
}
