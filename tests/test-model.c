/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _XOPEN_SOURCE 700
#include "config.h"

#include <locale.h>
#include <string.h>
#include <wchar.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-object-list.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-test-util.h"
#include "mg-text-util.h"

static MgPartyResult *
party (const char *id,
       guint       won,
       guint       leading)
{
  MgPartyResult *p = mg_party_result_new (id);

  mg_party_result_set_name (p, id);
  mg_party_result_set_won (p, won);
  mg_party_result_set_leading (p, leading);
  return p;
}

static MgStateResult *
state_with (guint seats,
            ...)
{
  MgStateResult *state = mg_state_result_new ("s");
  va_list args;
  const char *id;

  mg_state_result_set_name (state, "State");
  mg_state_result_set_seats (state, seats);
  va_start (args, seats);
  while ((id = va_arg (args, const char *)) != NULL)
    {
      guint won = va_arg (args, guint);
      guint leading = va_arg (args, guint);
      g_autoptr (MgPartyResult) p = party (id, won, leading);

      mg_state_result_append_party (state, p);
    }
  va_end (args);
  return state;
}

static void
test_derived (void)
{
  g_autoptr (MgStateResult) s = state_with (68, "inc", 22, 17, "bjp", 14, 12, "ind", 3, 0, NULL);
  MgPartyResult *inc = mg_state_result_get_party (s, 0);
  int change = 0;

  g_assert_cmpuint (mg_party_result_get_total (inc), ==, 39);
  g_assert_cmpuint (mg_state_result_get_majority (s), ==, 35);
  g_assert_cmpuint (mg_state_result_get_decided (s), ==, 39);
  g_assert_cmpuint (mg_state_result_get_undecided (s), ==, 29);
  g_assert_cmpuint (mg_state_result_get_reported (s), ==, 68);
  g_assert_cmpuint (mg_state_result_get_unreported (s), ==, 0);
  g_assert_true (mg_state_result_get_leader (s) == inc);
  g_assert_true (mg_state_result_get_majority_reached (s));
  g_assert_false (mg_state_result_get_majority_won (s));

  g_assert_false (mg_party_result_get_change (inc, &change));
  mg_party_result_set_previous (inc, 21);
  g_assert_true (mg_party_result_get_change (inc, &change));
  g_assert_cmpint (change, ==, 18);
  g_assert_true (mg_state_result_has_previous (s));

  mg_party_result_set_won (inc, 35);
  mg_party_result_set_leading (inc, 0);
  g_assert_true (mg_state_result_get_majority_won (s));

  mg_state_result_set_majority (s, 40);
  g_assert_cmpuint (mg_state_result_get_majority (s), ==, 40);
  g_assert_false (mg_state_result_get_majority_won (s));
  g_assert_false (mg_state_result_get_majority_reached (s));
}

static void
test_leader_ties (void)
{
  g_autoptr (MgStateResult) empty = state_with (10, "a", 0, 0, "b", 0, 0, NULL);
  g_autoptr (MgStateResult) tie = state_with (10, "a", 2, 2, "b", 2, 2, NULL);
  g_autoptr (MgStateResult) won_breaks = state_with (10, "a", 1, 3, "b", 3, 1, NULL);
  g_autoptr (MgStateResult) later_wins = state_with (10, "a", 1, 0, "b", 0, 4, NULL);
  g_autofree char *headline = NULL;

  g_assert_null (mg_state_result_get_leader (empty));
  g_assert_false (mg_state_result_get_majority_reached (empty));
  headline = mg_summary_dup_headline (empty);
  g_assert_cmpstr (headline, ==, "No trends yet");
  g_clear_pointer (&headline, g_free);

  g_assert_null (mg_state_result_get_leader (tie));
  headline = mg_summary_dup_headline (tie);
  g_assert_cmpstr (headline, ==, "No single party leads");

  g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_leader (won_breaks)), ==, "b");
  g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_leader (later_wins)), ==, "b");
  g_assert_cmpuint (mg_state_result_get_unreported (later_wins), ==, 5);
}

static void
test_headlines (void)
{
  g_autoptr (MgStateResult) leading = state_with (182, "BJP", 0, 158, "INC", 0, 16, NULL);
  g_autoptr (MgStateResult) mixed = state_with (68, "Congress", 22, 17, "BJP", 14, 12, NULL);
  g_autoptr (MgStateResult) won = state_with (68, "Congress", 40, 0, NULL);
  g_autoptr (MgStateResult) short_of = state_with (68, "Congress", 20, 10, NULL);
  g_autofree char *a = mg_summary_dup_headline (leading);
  g_autofree char *b = mg_summary_dup_headline (mixed);
  g_autofree char *c = mg_summary_dup_headline (won);
  g_autofree char *m1 = mg_summary_dup_majority_line (leading);
  g_autofree char *m2 = mg_summary_dup_majority_line (won);
  g_autofree char *m3 = mg_summary_dup_majority_line (short_of);
  g_autofree char *d = mg_summary_dup_decided_line (mixed);

  g_assert_cmpstr (a, ==, "BJP leads in 158 of 182 seats");
  g_assert_cmpstr (b, ==, "Congress ahead in 39 of 68 seats (22 won, 17 leading)");
  g_assert_cmpstr (c, ==, "Congress has won 40 of 68 seats");
  g_assert_cmpstr (m1, ==, "Majority mark 92 · BJP is 66 seats over it");
  g_assert_cmpstr (m2, ==, "Majority mark 35 · Congress has won a majority");
  g_assert_cmpstr (m3, ==, "Majority mark 35 · Congress needs 5 more seats");
  g_assert_cmpstr (d, ==, "36 of 68 seats decided");
}

/* English puts the noun with the whole ("1 of 68 seats"), Hindi with the
 * part ("68 में से 1 सीट"): the whole is a piece of its own, so each count
 * picks its own plural form. */
static void
test_headlines_one_seat (void)
{
  g_autoptr (MgStateResult) one_of_many = state_with (68, "Congress", 1, 0, NULL);
  g_autoptr (MgStateResult) leads_one = state_with (68, "Congress", 0, 1, NULL);
  g_autoptr (MgStateResult) only_seat = state_with (1, "Congress", 1, 0, NULL);
  g_autofree char *a = mg_summary_dup_headline (one_of_many);
  g_autofree char *b = mg_summary_dup_headline (leads_one);
  g_autofree char *c = mg_summary_dup_headline (only_seat);
  g_autofree char *d = mg_summary_dup_decided_line (one_of_many);
  g_autofree char *e = mg_summary_dup_decided_line (only_seat);

  g_assert_cmpstr (a, ==, "Congress has won 1 of 68 seats");
  g_assert_cmpstr (b, ==, "Congress leads in 1 of 68 seats");
  g_assert_cmpstr (c, ==, "Congress has won 1 of 1 seat");
  g_assert_cmpstr (d, ==, "1 of 68 seats decided");
  g_assert_cmpstr (e, ==, "1 of 1 seat decided");
}

static void
assert_count (guint64     n,
              const char *expected)
{
  g_autofree char *text = mg_text_format_count (n);

  g_assert_cmpstr (text, ==, expected);
}

/* Counts group the Indian way: the last three digits, then pairs. */
static void
test_format_count (void)
{
  g_autofree char *gain = mg_text_format_change (TRUE, 1234);
  g_autofree char *loss = mg_text_format_change (TRUE, -123456);
  g_autofree char *small = mg_text_format_change (TRUE, -3);

  assert_count (0, "0");
  assert_count (7, "7");
  assert_count (999, "999");
  assert_count (1000, "1,000");
  assert_count (10000, "10,000");
  assert_count (12345, "12,345");
  assert_count (100000, "1,00,000");
  assert_count (123456, "1,23,456");
  assert_count (1234567, "12,34,567");
  assert_count (10000000, "1,00,00,000");
  assert_count (12345678901, "12,34,56,78,901");
  assert_count (G_MAXUINT64, "1,84,46,74,40,73,70,95,51,615");

  g_assert_cmpstr (gain, ==, "+1,234");
  g_assert_cmpstr (loss, ==, "−1,23,456");
  g_assert_cmpstr (small, ==, "−3");
}

/* Seat counts in words group like the table: "10,000", never "10000". */
static void
test_headlines_large (void)
{
  g_autoptr (MgStateResult) big = state_with (10000, "A", 1234, 4000, "B", 0, 1, NULL);
  g_autofree char *headline = mg_summary_dup_headline (big);
  g_autofree char *majority = mg_summary_dup_majority_line (big);
  g_autofree char *decided = mg_summary_dup_decided_line (big);
  g_autofree char *party = mg_summary_dup_party_line (mg_state_result_get_party (big, 0));

  g_assert_cmpstr (headline, ==, "A ahead in 5,234 of 10,000 seats (1,234 won, 4,000 leading)");
  g_assert_cmpstr (majority, ==, "Majority mark 5,001 · A is 233 seats over it");
  g_assert_cmpstr (decided, ==, "1,234 of 10,000 seats decided");
  g_assert_cmpstr (party, ==, "A: 5,234 seats (1,234 won, 4,000 leading)");
}

/* Dates spell the month from the catalogue, not from LC_TIME (main sets TZ=UTC). */
static void
test_format_time (void)
{
  g_autoptr (GDateTime) counting = g_date_time_new_from_iso8601 ("2022-12-08T13:05:00+05:30", NULL);
  g_autoptr (GDateTime) may = g_date_time_new_from_iso8601 ("2023-05-01T09:00:00Z", NULL);
  g_autoptr (GTimeZone) kolkata = g_time_zone_new_identifier ("Asia/Kolkata");
  g_autoptr (GTimeZone) offset = g_time_zone_new_offset (-4 * 3600);
  g_autofree char *a = mg_summary_format_time (counting, NULL);
  g_autofree char *b = mg_summary_format_time (may, NULL);
  g_autofree char *c = mg_summary_format_time (counting, kolkata);
  g_autofree char *d = mg_summary_format_time (may, offset);

  g_assert_cmpstr (a, ==, "8 Dec 2022, 07:35 UTC");
  g_assert_cmpstr (b, ==, "1 May 2023, 09:00 UTC");
  /* In the election's zone, named, whatever the machine's. */
  g_assert_cmpstr (c, ==, "8 Dec 2022, 13:05 IST");
  g_assert_cmpstr (d, ==, "1 May 2023, 05:00 UTC-04:00");
}

/* The zone times are shown in: the feed's, else its updated offset's. */
static void
test_display_zone (void)
{
  g_autoptr (MgElection) election = mg_election_new ();
  g_autoptr (GDateTime) updated = g_date_time_new_from_iso8601 ("2022-12-08T13:05:00+05:30", NULL);
  g_autoptr (GTimeZone) none = mg_election_dup_display_zone (election);
  g_autoptr (GTimeZone) from_offset = NULL;
  g_autoptr (GTimeZone) named = NULL;
  g_autofree char *clock = NULL;

  g_assert_null (none);
  mg_election_set_updated (election, updated);
  from_offset = mg_election_dup_display_zone (election);
  g_assert_cmpint (g_time_zone_get_offset (from_offset, 0), ==, 5 * 3600 + 1800);
  mg_election_set_time_zone (election, "Asia/Kolkata");
  named = mg_election_dup_display_zone (election);
  g_assert_cmpstr (g_time_zone_get_identifier (named), ==, "Asia/Kolkata");
  clock = mg_summary_format_clock (updated, named);
  g_assert_cmpstr (clock, ==, "8 Dec 2022, 13:05 IST");
}

static guint n_notify;
static guint n_changed;

static void
count_notify (void)
{
  n_notify++;
}

static void
count_changed (void)
{
  n_changed++;
}

static void
test_update_in_place (void)
{
  g_autoptr (MgStateResult) s = state_with (68, "inc", 22, 17, "bjp", 14, 12, NULL);
  g_autoptr (MgStateResult) same = state_with (68, "inc", 22, 17, "bjp", 14, 12, NULL);
  g_autoptr (MgStateResult) newer = state_with (68, "inc", 30, 10, "bjp", 14, 12, NULL);
  g_autoptr (MgStateResult) other_parties = state_with (68, "inc", 30, 10, "aap", 1, 0, NULL);
  MgPartyResult *inc = mg_state_result_get_party (s, 0);
  MgPartyResult *bjp = mg_state_result_get_party (s, 1);

  g_signal_connect (inc, "notify", G_CALLBACK (count_notify), NULL);
  g_signal_connect (bjp, "notify", G_CALLBACK (count_notify), NULL);
  g_signal_connect (s, "changed", G_CALLBACK (count_changed), NULL);

  n_notify = n_changed = 0;
  g_assert_false (mg_state_result_update_from (s, same));
  g_assert_cmpuint (n_notify, ==, 0);
  g_assert_cmpuint (n_changed, ==, 0);

  g_assert_true (mg_state_result_update_from (s, newer));
  g_assert_true (mg_state_result_get_party (s, 0) == inc);
  g_assert_cmpuint (mg_party_result_get_won (inc), ==, 30);
  g_assert_cmpuint (mg_party_result_get_leading (inc), ==, 10);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_notify, >, 0);

  g_assert_true (mg_state_result_update_from (s, other_parties));
  g_assert_cmpstr (mg_party_result_get_id (mg_state_result_get_party (s, 1)), ==, "aap");
  g_assert_cmpuint (n_changed, ==, 2);
}

#define STATE(id, won) \
  "{\"id\": \"" id "\", \"name\": \"" id "\", \"seats\": 10, \"parties\": " \
  "[{\"id\": \"p\", \"name\": \"P\", \"won\": " #won ", \"leading\": 0}]}"
#define FEED(states) "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [" states "]}"

static void
test_election_update (void)
{
  static const char *english[] = { "en", NULL };
  g_autoptr (MgElection) shown = mg_test_parse (FEED (STATE ("a", 1) "," STATE ("b", 2)), english);
  g_autoptr (MgElection) next = mg_test_parse (FEED (STATE ("c", 5) "," STATE ("b", 3)), english);
  g_autoptr (MgStateResult) b = g_object_ref (mg_election_find_state (shown, "b", NULL));

  g_assert_true (mg_election_update_from (shown, next));
  g_assert_cmpuint (mg_election_get_n_states (shown), ==, 2);
  g_assert_cmpstr (mg_state_result_get_id (mg_election_get_state (shown, 0)), ==, "c");
  /* The surviving state is the same object, with the new numbers. */
  g_assert_true (mg_election_get_state (shown, 1) == b);
  g_assert_cmpuint (mg_state_result_get_decided (b), ==, 3);
  g_assert_null (mg_election_find_state (shown, "a", NULL));
}

#define COUNT(id, won, leading, status) \
  "{\"id\": \"" id "\", \"name\": \"" id "\", \"seats\": 10, \"status\": \"" status "\", " \
  "\"parties\": [{\"id\": \"p\", \"name\": \"P\", \"won\": " #won ", \"leading\": " #leading "}]}"

/* Milestones are what is newly reached, state by state; a state not shown
 * before reaches none. */
static void
test_election_milestones (void)
{
  g_autoptr (MgElection) shown =
    mg_test_parse (FEED (COUNT ("a", 2, 3, "counting") "," COUNT ("b", 6, 0, "counting") ","
                 COUNT ("c", 1, 0, "counting") "," COUNT ("d", 7, 0, "final")), NULL);
  g_autoptr (MgElection) next =
    mg_test_parse (FEED (COUNT ("a", 2, 4, "counting") "," COUNT ("b", 8, 0, "final") ","
                 COUNT ("c", 2, 0, "counting") "," COUNT ("d", 7, 0, "final") ","
                 COUNT ("e", 9, 0, "final")), NULL);
  g_autoptr (GArray) milestones = mg_election_find_milestones (shown, next);
  g_autoptr (GArray) none = mg_election_find_milestones (next, next);
  const MgMilestone *m;

  g_assert_cmpuint (milestones->len, ==, 2);
  m = &g_array_index (milestones, MgMilestone, 0);
  g_assert_true (m->state == mg_election_find_state (next, "a", NULL));
  g_assert_cmpint (m->reached, ==, MG_MILESTONE_MAJORITY);
  m = &g_array_index (milestones, MgMilestone, 1);
  g_assert_true (m->state == mg_election_find_state (next, "b", NULL));
  g_assert_cmpint (m->reached, ==, MG_MILESTONE_FINAL);
  g_assert_cmpuint (none->len, ==, 0);

  /* Majority and final at once. */
  {
    g_autoptr (MgElection) later = mg_test_parse (FEED (COUNT ("c", 6, 0, "final")), NULL);
    g_autoptr (GArray) both = mg_election_find_milestones (next, later);

    g_assert_cmpuint (both->len, ==, 1);
    g_assert_cmpint (g_array_index (both, MgMilestone, 0).reached, ==,
                     MG_MILESTONE_MAJORITY | MG_MILESTONE_FINAL);
  }
}

static void
test_display_width (void)
{
  g_assert_cmpuint (mg_text_display_width ("BJP"), ==, 3);
  /* भ ा ज प ा: the spacing vowel sign ा takes a column, as in terminals. */
  g_assert_cmpuint (mg_text_display_width ("भाजपा"), ==, 5);
  /* क ा ं ग ् र े स: anusvara, virama and the e-matra take none. */
  g_assert_cmpuint (mg_text_display_width ("कांग्रेस"), ==, 5);
  g_assert_cmpuint (mg_text_display_width ("निर्दलीय"), ==, 7);
  g_assert_cmpuint (mg_text_display_width ("国"), ==, 2);
  g_assert_cmpuint (mg_text_display_width ("a\u200bb"), ==, 2);
}

/* Agrees with the C library's wcwidth(), which terminals follow. */
static void
test_display_width_wcwidth (void)
{
  static const char *words[] = {
    "भाजपा", "कांग्रेस", "आप", "अन्य", "निर्दलीय", "गुजरात", "हिमाचल प्रदेश", "प्रचंड", "प्रियंका",
    "क्रेडिट", "इस्तीफा", "मल्लिकार्जुन खरगे", "ये भी पढ़ें",
  };

  if (setlocale (LC_CTYPE, "C.UTF-8") == NULL)
    {
      g_test_skip ("no C.UTF-8 locale");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      int expected = 0;

      for (const char *p = words[i]; *p; p = g_utf8_next_char (p))
        expected += wcwidth ((wchar_t) g_utf8_get_char (p));
      g_assert_cmpint ((int) mg_text_display_width (words[i]), ==, expected);
    }
  setlocale (LC_CTYPE, "C");
}

/* In the Hindi summary, the table's right-aligned figures end in the same column. */
static void
test_summary_alignment (void)
{
  static const char *hindi[] = { "hi", NULL };
  g_autoptr (MgElection) election = mg_test_load_bundled (hindi);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  guint table_rows = 0;
  gsize width = 0;

  text = mg_summary_format_text (election, mg_election_get_state (election, 0), FALSE);
  g_assert_nonnull (strstr (text, "गुजरात"));
  g_assert_null (strstr (text, "हिमाचल प्रदेश\n"));

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* The header row, then one row per party. */
      if (table_rows == 0 && strstr (lines[i], "± 2017") == NULL)
        continue;
      if (*lines[i] == '\0')
        break;
      if (width == 0)
        width = mg_text_display_width (lines[i]);
      g_assert_cmpuint (mg_text_display_width (lines[i]), ==, width);
      table_rows++;
    }
  /* The header (± 2017) and the four parties. */
  g_assert_cmpuint (table_rows, ==, 5);
}

typedef struct {
  guint calls, position, removed, added, n_at_signal;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->calls++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
  seen->n_at_signal = g_list_model_get_n_items (model);
}

static char *
list_ids (MgObjectList *list)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr (MgPartyResult) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (item == mg_object_list_peek (list, i));
      g_string_append_printf (ids, "%s%s", i ? " " : "", mg_party_result_get_id (item));
    }
  return g_string_free (ids, FALSE);
}

/* The array-backed list model: splices, the signal, and references. */
static void
test_object_list (void)
{
  g_autoptr (MgObjectList) list = mg_object_list_new (MG_TYPE_PARTY_RESULT);
  g_autoptr (MgPartyResult) a = mg_party_result_new ("a");
  g_autoptr (MgPartyResult) b = mg_party_result_new ("b");
  g_autoptr (MgPartyResult) c = mg_party_result_new ("c");
  MgPartyResult *abc[] = { a, b, c };
  ItemsChanged seen = { 0 };
  GWeakRef weak;
  char *ids;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == MG_TYPE_PARTY_RESULT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_assert_null (mg_object_list_peek (list, 0));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &seen);

  mg_object_list_splice (list, 0, 0, (gpointer *) abc, 3);
  g_assert_cmpuint (seen.calls, ==, 1);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.added, ==, 3);
  g_assert_cmpuint (seen.n_at_signal, ==, 3);
  ids = list_ids (list);
  g_assert_cmpstr (ids, ==, "a b c");
  g_free (ids);

  /* Replace the middle one with a and c: an item both removed and kept. */
  mg_object_list_splice (list, 1, 1, (gpointer *) (MgPartyResult *[]) { c, a }, 2);
  g_assert_cmpuint (seen.calls, ==, 2);
  g_assert_cmpuint (seen.position, ==, 1);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 2);
  ids = list_ids (list);
  g_assert_cmpstr (ids, ==, "a c a c");
  g_free (ids);

  /* An empty splice says nothing. */
  mg_object_list_splice (list, 4, 0, NULL, 0);
  g_assert_cmpuint (seen.calls, ==, 2);

  /* The list holds its own references and drops them when emptied. */
  g_weak_ref_init (&weak, b);
  g_clear_object (&b);
  g_assert_null (g_weak_ref_get (&weak));
  g_weak_ref_set (&weak, c);
  g_clear_object (&c);
  mg_object_list_splice (list, 0, 4, NULL, 0);
  g_assert_cmpuint (seen.n_at_signal, ==, 0);
  g_assert_null (g_weak_ref_get (&weak));
  g_weak_ref_clear (&weak);
}

static MgElection *
parse_seats_feed (const char *from,
                  const char *to)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "feeds", "good-seats.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GBytes) body = NULL;
  GString *text;
  MgElection *election;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  text = g_string_new (contents);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  body = g_string_free_to_bytes (text);
  election = mg_feed_parse (body, NULL, &error);
  g_assert_no_error (error);
  return election;
}

static guint64
votes_of (MgElection *election,
          guint       number)
{
  MgStateResult *state = mg_election_get_state (election, 0);
  MgConstituency *seat = mg_state_result_find_constituency (state, number);

  return mg_candidate_get_votes (mg_constituency_get_candidate (seat, 1));
}

/* A model updated from results takes copies of their states, parties and
 * seats: results kept aside (the feed's latest, while an older snapshot
 * is shown) are not changed by later updates of the model. */
static void
test_update_copies (void)
{
  g_autoptr (MgElection) shown = mg_election_new ();
  g_autoptr (MgElection) first = parse_seats_feed (NULL, NULL);
  g_autoptr (MgElection) second = parse_seats_feed ("\"votes\": 29500", "\"votes\": 39500");

  mg_election_update_from (shown, first);
  g_assert_true (mg_election_get_state (shown, 0) != mg_election_get_state (first, 0));
  g_assert_true (mg_state_result_get_party (mg_election_get_state (shown, 0), 0) !=
                 mg_state_result_get_party (mg_election_get_state (first, 0), 0));
  g_assert_true (mg_state_result_get_constituency (mg_election_get_state (shown, 0), 0) !=
                 mg_state_result_get_constituency (mg_election_get_state (first, 0), 0));
  g_assert_cmpuint (votes_of (shown, 127), ==, 29500);

  mg_election_update_from (shown, second);
  g_assert_cmpuint (votes_of (shown, 127), ==, 39500);
  g_assert_cmpuint (votes_of (first, 127), ==, 29500);
  g_assert_cmpuint (mg_party_result_get_total (mg_state_result_get_party (mg_election_get_state (first, 0), 1)), ==,
                    mg_party_result_get_total (mg_state_result_get_party (mg_election_get_state (shown, 0), 1)) + 1);

  mg_election_update_from (shown, first);
  g_assert_cmpuint (votes_of (shown, 127), ==, 29500);
}

int
main (int   argc,
      char *argv[])
{
  /* Times are shown in the local zone: make it one the tests can write down. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/derived", test_derived);
  g_test_add_func ("/model/leader-ties", test_leader_ties);
  g_test_add_func ("/model/headlines", test_headlines);
  g_test_add_func ("/model/headlines-one-seat", test_headlines_one_seat);
  g_test_add_func ("/model/headlines-large", test_headlines_large);
  g_test_add_func ("/model/update-in-place", test_update_in_place);
  g_test_add_func ("/model/election-update", test_election_update);
  g_test_add_func ("/model/update-copies", test_update_copies);
  g_test_add_func ("/model/election-milestones", test_election_milestones);
  g_test_add_func ("/model/object-list", test_object_list);
  g_test_add_func ("/text/display-width", test_display_width);
  g_test_add_func ("/text/display-width-wcwidth", test_display_width_wcwidth);
  g_test_add_func ("/text/format-count", test_format_count);
  g_test_add_func ("/summary/alignment", test_summary_alignment);
  g_test_add_func ("/summary/format-time", test_format_time);
  g_test_add_func ("/summary/display-zone", test_display_zone);

  return g_test_run ();
}
