/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-feed-parser"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-feed-parser.h"
#include "mg-feed-seats.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-text-util.h"

/* Feed version 2's seats: each state's constituencies and their
 * candidates, checked against the state's parties, and the parties' seat
 * counts checked against (or counted from) them. */

typedef struct {
  MgStateResult *state;
  GHashTable    *party_ids;      /* party id → 1 + its index */
  GHashTable    *numbers;        /* number → 1 + index of the constituency */
  GPtrArray     *seats;
  GPtrArray     *candidates;     /* of the constituency being read */
  guint64       *n_candidates;   /* in the whole document */
} SeatList;

/* A candidate's members, and a constituency's, each found in one pass
 * (mg_feed_members()): a feed of every assembly seat has 41,000 candidates. */
enum {
  CANDIDATE_NAME,
  CANDIDATE_PARTY,
  CANDIDATE_VOTES,
  CANDIDATE_POSTAL,
  N_CANDIDATE_MEMBERS
};

static const char *const candidate_members[N_CANDIDATE_MEMBERS] = {
  "name", "party", "votes", "postal",
};

enum {
  SEAT_NUMBER,
  SEAT_NAME,
  SEAT_RESERVED,
  SEAT_DISTRICT,
  SEAT_STATUS,
  SEAT_ROUND,
  SEAT_UPDATED,
  SEAT_ELECTORS,
  SEAT_NOTA,
  SEAT_PREVIOUS,
  SEAT_CANDIDATES,
  N_SEAT_MEMBERS
};

static const char *const seat_members[N_SEAT_MEMBERS] = {
  "number", "name", "reserved", "district", "status", "round", "updated", "electors", "nota",
  "previous", "candidates",
};

/* A party id that must name a party of the state. */
static gboolean
read_party_ref (MgFeedReader *reader,
                JsonNode     *node,
                const char   *name,
                gboolean      required,
                SeatList     *list,
                const char  **out)
{
  if (!mg_feed_reader_read_string_node (reader, node, name, required, out))
    return FALSE;
  if (*out != NULL && !g_hash_table_contains (list->party_ids, *out))
    {
      guint mark = mg_feed_reader_push_key (reader, name);

      /* TRANSLATORS: a candidate's party is not among the state's parties */
      mg_feed_reader_fail (reader, _("no party “%s” in %s"), *out,
                           mg_state_result_get_name (list->state));
      mg_feed_reader_pop (reader, mark);
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_candidate (MgFeedReader *reader,
               JsonObject   *object,
               guint         index,
               gpointer      user_data)
{
  SeatList *list = user_data;
  const char *name, *party = NULL;
  gint64 votes = 0, postal = -1;
  JsonNode *m[N_CANDIDATE_MEMBERS];

  if (++*list->n_candidates > MG_FEED_MAX_DOC_CANDIDATES)
    {
      g_autofree char *limit = mg_text_format_count (MG_FEED_MAX_DOC_CANDIDATES);

      /* TRANSLATORS: the limit, like "1,00,000" */
      return mg_feed_reader_fail (reader, _("more than %s candidates in the feed"), limit);
    }
  mg_feed_members (object, candidate_members, N_CANDIDATE_MEMBERS, m);
  if (!mg_feed_reader_read_text_node (reader, m[CANDIDATE_NAME], "name", TRUE, FALSE, &name) ||
      !read_party_ref (reader, m[CANDIDATE_PARTY], "party", TRUE, list, &party) ||
      !mg_feed_reader_read_int_node (reader, m[CANDIDATE_VOTES], "votes", TRUE, 0,
                                     MG_FEED_MAX_VOTES, &votes) ||
      !mg_feed_reader_read_int_node (reader, m[CANDIDATE_POSTAL], "postal", FALSE, 0,
                                     MG_FEED_MAX_VOTES, &postal))
    return FALSE;
  if (postal > votes)
    {
      g_autofree char *all = mg_text_format_count ((guint64) votes);
      guint mark = mg_feed_reader_push_key (reader, "postal");

      /* TRANSLATORS: postal votes are part of a candidate's votes */
      mg_feed_reader_fail (reader, _("more than the candidate’s %s votes"), all);
      mg_feed_reader_pop (reader, mark);
      return FALSE;
    }
  g_ptr_array_add (list->candidates, mg_candidate_new (name, party, (guint64) votes, postal));
  return TRUE;
}

static gboolean
read_round (MgFeedReader   *reader,
            JsonNode       *node,
            MgConstituency *seat)
{
  JsonObject *round;
  gint64 current = 0, total = 0;
  guint mark;

  if (node == NULL)
    return TRUE;
  mark = mg_feed_reader_push_key (reader, "round");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return mg_feed_reader_fail (reader, _("must be an object"));
  round = json_node_get_object (node);
  if (!mg_feed_reader_read_int (reader, round, "current", TRUE, 0, 1000, &current) ||
      !mg_feed_reader_read_int (reader, round, "total", TRUE, 1, 1000, &total))
    return FALSE;
  if (current > total)
    {
      mg_feed_reader_push_key (reader, "current");
      /* TRANSLATORS: the round of counting is past the number of rounds */
      return mg_feed_reader_fail (reader, _("%u, past the %u rounds in all"), (guint) current,
                                  (guint) total);
    }
  mg_constituency_set_round (seat, (guint) current, (guint) total);
  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

static gboolean
read_previous (MgFeedReader   *reader,
               JsonNode       *node,
               SeatList       *list,
               MgConstituency *seat)
{
  const char *party = NULL;
  gint64 margin = -1;
  guint mark;

  if (node == NULL)
    return TRUE;
  mark = mg_feed_reader_push_key (reader, "previous");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return mg_feed_reader_fail (reader, _("must be an object"));
  if (!read_party_ref (reader, mg_feed_member (json_node_get_object (node), "party"), "party", TRUE,
                       list, &party) ||
      !mg_feed_reader_read_int (reader, json_node_get_object (node), "margin", FALSE, 0,
                                MG_FEED_MAX_VOTES, &margin))
    return FALSE;
  mg_constituency_set_previous (seat, party, margin);
  mg_feed_reader_pop (reader, mark);
  return TRUE;
}

static gboolean
add_constituency (MgFeedReader *reader,
                  JsonObject   *object,
                  guint         index,
                  gpointer      user_data)
{
  static const char *const statuses[] = { "pending", "counting", "declared" };
  SeatList *list = user_data;
  g_autoptr (MgConstituency) seat = NULL;
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name, *reserved, *district, *status;
  gint64 number = 0, electors = 0, nota = -1;
  GDateTime *updated = NULL;
  gpointer earlier;
  int given_status = -1;
  JsonNode *m[N_SEAT_MEMBERS];

  mg_feed_members (object, seat_members, N_SEAT_MEMBERS, m);
  if (!mg_feed_reader_read_int_node (reader, m[SEAT_NUMBER], "number", TRUE, 1, MG_FEED_MAX_SEATS,
                                     &number))
    return FALSE;
  if ((earlier = g_hash_table_lookup (list->numbers, GINT_TO_POINTER ((int) number))) != NULL)
    {
      mg_feed_reader_push_key (reader, "number");
      /* TRANSLATORS: two constituencies of a state have the same number */
      return mg_feed_reader_fail (reader, _("%u is also the number of constituencies[%u]"),
                                  (guint) number, GPOINTER_TO_UINT (earlier) - 1);
    }
  g_hash_table_insert (list->numbers, GINT_TO_POINTER ((int) number), GUINT_TO_POINTER (index + 1));

  if (!mg_feed_reader_read_text_node (reader, m[SEAT_NAME], "name", TRUE, FALSE, &name) ||
      !mg_feed_reader_read_string_node (reader, m[SEAT_RESERVED], "reserved", FALSE, &reserved) ||
      !mg_feed_reader_read_text_node (reader, m[SEAT_DISTRICT], "district", FALSE, FALSE,
                                      &district) ||
      !mg_feed_reader_read_string_node (reader, m[SEAT_STATUS], "status", FALSE, &status) ||
      !mg_feed_reader_read_datetime_node (reader, m[SEAT_UPDATED], "updated", &updated) ||
      !mg_feed_reader_read_int_node (reader, m[SEAT_ELECTORS], "electors", FALSE, 0,
                                     MG_FEED_MAX_VOTES, &electors) ||
      !mg_feed_reader_read_int_node (reader, m[SEAT_NOTA], "nota", FALSE, 0, MG_FEED_MAX_VOTES,
                                     &nota))
    return FALSE;
  g_clear_pointer (&updated, g_date_time_unref);
  if (reserved != NULL && !g_str_equal (reserved, "SC") && !g_str_equal (reserved, "ST"))
    {
      mg_feed_reader_push_key (reader, "reserved");
      return mg_feed_reader_fail (reader, _("must be “SC” or “ST”"));
    }
  for (guint i = 0; status != NULL && i < G_N_ELEMENTS (statuses); i++)
    if (g_str_equal (status, statuses[i]))
      given_status = (int) i;
  if (status != NULL && given_status < 0)
    {
      mg_feed_reader_push_key (reader, "status");
      return mg_feed_reader_fail (reader, _("must be “pending”, “counting” or “declared”"));
    }

  seat = mg_constituency_new ((guint) number, name);
  /* Found by its name in any language the feed gives, whatever the UI's. */
  mg_constituency_take_other_names (seat, mg_feed_dup_other_texts (m[SEAT_NAME], name));
  mg_constituency_set_reserved (seat, reserved == NULL ? MG_RESERVED_NONE
                                      : g_str_equal (reserved, "SC") ? MG_RESERVED_SC
                                                                     : MG_RESERVED_ST);
  mg_constituency_set_district (seat, district);
  mg_constituency_set_given_status (seat, given_status);
  mg_constituency_set_electors (seat, (guint64) electors);
  if (!read_round (reader, m[SEAT_ROUND], seat) ||
      !read_previous (reader, m[SEAT_PREVIOUS], list, seat))
    return FALSE;

  list->candidates = candidates;
  if (!mg_feed_reader_read_objects_node (reader, m[SEAT_CANDIDATES], "candidates", 0,
                                         MG_FEED_MAX_CANDIDATES, add_candidate, list))
    return FALSE;
  /* NOTA first: each setter derives the seat's figures again, and with no
   * candidates yet that costs nothing. */
  mg_constituency_set_nota (seat, nota);
  mg_constituency_set_candidates (seat, (MgCandidate **) candidates->pdata, candidates->len);

  if (given_status == MG_SEAT_STATUS_DECLARED && mg_constituency_get_leader (seat) == NULL)
    {
      mg_feed_reader_push_key (reader, "status");
      /* TRANSLATORS: a seat declared won, with no candidate ahead (a tie, or none) */
      return mg_feed_reader_fail (reader, _("declared, but no candidate is ahead"));
    }
  g_ptr_array_add (list->seats, g_steal_pointer (&seat));
  return TRUE;
}

/**
 * mg_feed_parse_constituencies:
 * @party_ids: the state's party ids (keys)
 * @n_candidates: (inout): the candidates read so far in the document
 *
 * Reads the state's "constituencies", if any, into @state.
 */
gboolean
mg_feed_parse_constituencies (MgFeedReader  *reader,
                              JsonObject    *object,
                              MgStateResult *state,
                              GHashTable    *party_ids,
                              guint64       *n_candidates)
{
  g_autoptr (GHashTable) numbers = g_hash_table_new (NULL, NULL);
  g_autoptr (GPtrArray) seats = g_ptr_array_new_with_free_func (g_object_unref);
  SeatList list = { state, party_ids, numbers, seats, NULL, n_candidates };

  if (mg_feed_member (object, "constituencies") == NULL)
    return TRUE;
  /* The model copies what it keeps of a constituency, so each one's JSON
   * (most of a large feed's tree) is freed as soon as it is read. */
  if (!mg_feed_reader_read_and_release_objects (reader, object, "constituencies", 1,
                                                MG_FEED_MAX_CONSTITUENCIES, add_constituency,
                                                &list))
    return FALSE;
  if (seats->len > mg_state_result_get_seats (state))
    {
      guint mark = mg_feed_reader_push_key (reader, "constituencies");

      mg_feed_reader_fail (reader, _("%u constituencies, more than the %u seats"), seats->len,
                           mg_state_result_get_seats (state));
      mg_feed_reader_pop (reader, mark);
      return FALSE;
    }
  mg_state_result_set_constituencies (state, (MgConstituency **) seats->pdata, seats->len);
  return TRUE;
}

/* Given counts must cover the listed seats (equal them when every seat is
 * listed); counts not given are taken from them. Where @beyond is given,
 * a count may also take in seats the source has no data for (official
 * totals), and what it takes in is added to *@beyond. */
static gboolean
check_count (MgFeedReader  *reader,
             MgStateResult *state,
             guint          index,
             const char    *name,
             gboolean       given,
             guint          value,
             guint          counted,
             guint         *beyond,
             guint         *out)
{
  /* Seats a source has no data for will not be listed later: what it
   * lists is all there is, but for what the counts say of those seats. */
  gboolean no_data = mg_state_result_get_no_data (state) > 0;
  gboolean all_listed = mg_state_result_get_n_constituencies (state) ==
                          mg_state_result_get_seats (state) ||
                        no_data;
  guint mark;

  *out = given ? value : counted;
  if (given && no_data && beyond != NULL && value > counted)
    {
      *beyond += value - counted;
      return TRUE;
    }
  if (!given || (value >= counted && (!all_listed || value == counted)))
    return TRUE;
  mark = mg_feed_reader_push_key (reader, "parties");
  mg_feed_reader_push_index (reader, index);
  mg_feed_reader_push_key (reader, name);
  if (all_listed)
    /* TRANSLATORS: a party's given count of seats, and the count from its constituencies */
    mg_feed_reader_fail (reader, _("%u, but its constituencies give %u"), value, counted);
  else
    mg_feed_reader_fail (reader, _("%u, fewer than the %u its listed constituencies give"), value,
                         counted);
  mg_feed_reader_pop (reader, mark);
  return FALSE;
}

/**
 * mg_feed_check_seat_counts:
 * @given: for each party, which of won, leading and votes the feed gave
 *
 * With a state's constituencies read, checks its parties' seat counts
 * against them, fills in the counts and vote shares not given, and checks
 * that won plus leading fits the seats.
 */
gboolean
mg_feed_check_seat_counts (MgFeedReader  *reader,
                           MgStateResult *state,
                           const guint8  *given,
                           guint          n_given)
{
  guint n = mg_state_result_get_n_parties (state);
  gboolean listed = mg_state_result_get_n_constituencies (state) > 0;
  g_autofree guint *won_counted = NULL, *leading_counted = NULL;
  g_autofree double *vote_shares = NULL;
  guint64 reported = 0;
  guint won_beyond = 0;

  g_assert (n == n_given);
  if (listed)
    {
      won_counted = g_new (guint, n);
      leading_counted = g_new (guint, n);
      vote_shares = g_new (double, n);
      mg_state_result_count_parties (state, won_counted, leading_counted, vote_shares);
    }
  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, i);
      guint won, leading;

      if (listed)
        {
          /* Official totals may count the seats a file has no data for as
           * won, never as leading: no count goes on where nothing is known. */
          if (!check_count (reader, state, i, "won", given[i] & MG_FEED_GAVE_WON,
                            mg_party_result_get_won (party), won_counted[i], &won_beyond, &won) ||
              !check_count (reader, state, i, "leading", given[i] & MG_FEED_GAVE_LEADING,
                            mg_party_result_get_leading (party), leading_counted[i], NULL, &leading))
            return FALSE;
          mg_party_result_set_won (party, won);
          mg_party_result_set_leading (party, leading);
          if (!(given[i] & MG_FEED_GAVE_VOTES))
            mg_party_result_set_vote_percent (party, vote_shares[i]);
        }
      reported += mg_party_result_get_total (party);
    }
  if (won_beyond > mg_state_result_get_no_data (state))
    {
      guint mark = mg_feed_reader_push_key (reader, "parties");

      /* TRANSLATORS: the parties' seats won in all, beyond those their listed constituencies
       * give, are more than the seats the feed has no data for */
      mg_feed_reader_fail (reader, _("won counts %u seats more than the constituencies give, more than the %u with no data"),
                           won_beyond, mg_state_result_get_no_data (state));
      mg_feed_reader_pop (reader, mark);
      return FALSE;
    }
  if (reported > mg_state_result_get_seats (state))
    {
      guint mark = mg_feed_reader_push_key (reader, "parties");

      mg_feed_reader_fail (reader, _("won plus leading adds up to %u, more than the %u seats"),
                           (guint) reported, mg_state_result_get_seats (state));
      mg_feed_reader_pop (reader, mark);
      return FALSE;
    }
  return TRUE;
}
