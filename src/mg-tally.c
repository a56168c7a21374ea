/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-tally"

#include "config.h"

#include "mg-alliance.h"
#include "mg-election.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-tally.h"

/* Results counted again another way, as a state of their own, so that
 * every view of a state (headline, table, chart, text and printed
 * summaries) shows them unchanged: a house's parties summed over its
 * states, and a state's (or the house's) alliances, each alliance's
 * parties summed into one entry and the parties in no alliance as they
 * are. Pure: the model in, a new state out. */

/* Adds @party's seats to @into; the previous seats only while every part
 * has them. */
static void
add_seats (MgPartyResult *into,
           MgPartyResult *party)
{
  int previous = mg_party_result_get_previous (into), more = mg_party_result_get_previous (party);

  mg_party_result_set_won (into, mg_party_result_get_won (into) + mg_party_result_get_won (party));
  mg_party_result_set_leading (into, mg_party_result_get_leading (into) + mg_party_result_get_leading (party));
  mg_party_result_set_previous (into, previous >= 0 && more >= 0 ? previous + more : MG_PARTY_RESULT_UNKNOWN);
}

static MgPartyResult *
copy_party (MgPartyResult *party)
{
  MgPartyResult *copy = mg_party_result_new (mg_party_result_get_id (party));

  mg_party_result_update_from (copy, party);
  return copy;
}

/**
 * mg_tally_house:
 *
 * Returns: (transfer full) (nullable): the house as one state: its seats
 * and majority, each party's seats summed over the states (a party is
 * known by its id in every state), in the order parties first appear; a
 * party's vote share is not known there. %NULL when the feed has no house.
 */
MgStateResult *
mg_tally_house (MgElection *election)
{
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);
  MgStateResult *house;
  gboolean final = TRUE;
  guint n_states;

  g_return_val_if_fail (MG_IS_ELECTION (election), NULL);

  if (mg_election_get_house_name (election) == NULL)
    return NULL;
  n_states = mg_election_get_n_states (election);
  for (guint s = 0; s < n_states; s++)
    {
      MgStateResult *state = mg_election_get_state (election, s);
      guint n = mg_state_result_get_n_parties (state);

      final = final && mg_state_result_get_status (state) == MG_STATE_STATUS_FINAL;
      for (guint p = 0; p < n; p++)
        {
          MgPartyResult *party = mg_state_result_get_party (state, p);
          MgPartyResult *sum = g_hash_table_lookup (by_id, mg_party_result_get_id (party));

          if (sum != NULL)
            {
              add_seats (sum, party);
              continue;
            }
          sum = copy_party (party);
          mg_party_result_set_vote_percent (sum, MG_PARTY_RESULT_UNKNOWN);
          mg_party_result_set_previous_vote_percent (sum, MG_PARTY_RESULT_UNKNOWN);
          g_hash_table_insert (by_id, (gpointer) mg_party_result_get_id (sum), sum);
          g_ptr_array_add (parties, sum);
        }
    }
  house = mg_state_result_new (MG_TALLY_HOUSE_ID);
  mg_state_result_set_name (house, mg_election_get_house_name (election));
  mg_state_result_set_seats (house, mg_election_get_house_seats (election));
  mg_state_result_set_majority (house, mg_election_get_house_majority (election));
  mg_state_result_set_status (house, final ? MG_STATE_STATUS_FINAL : MG_STATE_STATUS_COUNTING);
  if (n_states > 0)
    mg_state_result_set_previous_year (house, mg_state_result_get_previous_year (mg_election_get_state (election, 0)));
  mg_state_result_set_parties (house, (MgPartyResult **) parties->pdata, parties->len);
  return house;
}

/* Most seats first; then the feed's order (the sort is stable). */
static int
by_total (gconstpointer a,
          gconstpointer b)
{
  guint ta = mg_party_result_get_total (*(MgPartyResult **) a);
  guint tb = mg_party_result_get_total (*(MgPartyResult **) b);

  return ta > tb ? -1 : ta < tb;
}

/* @row's members: copies of @alliance's parties in @state that have seats,
 * most first, each naming the alliance. */
static void
add_members (MgPartyResult *row,
             MgAlliance    *alliance,
             MgStateResult *state)
{
  g_autoptr (GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_parties = mg_state_result_get_n_parties (state);

  for (guint p = 0; p < n_parties; p++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, p);
      MgPartyResult *member;

      if (mg_party_result_get_total (party) == 0 ||
          !mg_alliance_has_party (alliance, mg_party_result_get_id (party)))
        continue;
      member = copy_party (party);
      mg_party_result_set_alliance (member, mg_alliance_get_name (alliance));
      g_ptr_array_add (members, member);
    }
  g_ptr_array_sort (members, by_total);
  mg_party_result_set_members (row, (MgPartyResult **) members->pdata, members->len);
}

/**
 * mg_tally_by_alliance:
 * @state: a state of @election, or the house from mg_tally_house()
 *
 * Returns: (transfer full): @state counted by alliance: first each of the
 * feed's alliances in the feed's order (its name, its colour or its
 * first party's, its parties' seats summed, its vote share the sum of
 * theirs where every one is known, its parties with seats as its members,
 * most first), then the parties in no alliance
 */
MgStateResult *
mg_tally_by_alliance (MgElection    *election,
                      MgStateResult *state)
{
  GListModel *alliances = mg_election_get_alliances (election);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_alliances = g_list_model_get_n_items (alliances);
  guint n_parties = mg_state_result_get_n_parties (state);
  MgStateResult *tally;

  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);

  for (guint a = 0; a < n_alliances; a++)
    {
      g_autoptr (MgAlliance) alliance = g_list_model_get_item (alliances, a);
      MgPartyResult *row = mg_party_result_new (mg_alliance_get_id (alliance));
      gboolean has_color, known = TRUE, any = FALSE;
      double votes = 0;
      guint32 rgb = 0;

      mg_party_result_set_name (row, mg_alliance_get_name (alliance));
      mg_party_result_set_short_name (row, mg_alliance_get_name (alliance));
      mg_party_result_set_previous (row, 0);
      has_color = mg_alliance_get_color (alliance, &rgb);
      for (guint p = 0; p < n_parties; p++)
        {
          MgPartyResult *party = mg_state_result_get_party (state, p);

          if (!mg_alliance_has_party (alliance, mg_party_result_get_id (party)))
            continue;
          if (!has_color)
            has_color = mg_party_result_get_color (party, &rgb);
          add_seats (row, party);
          known = known && mg_party_result_get_vote_percent (party) >= 0;
          votes += MAX (mg_party_result_get_vote_percent (party), 0);
          any = TRUE;
        }
      mg_party_result_set_color (row, has_color, rgb);
      mg_party_result_set_vote_percent (row, any && known ? MIN (votes, 100) : MG_PARTY_RESULT_UNKNOWN);
      add_members (row, alliance, state);
      if (!any)
        mg_party_result_set_previous (row, MG_PARTY_RESULT_UNKNOWN);
      g_ptr_array_add (rows, row);
    }
  for (guint p = 0; p < n_parties; p++)
    {
      MgPartyResult *party = mg_state_result_get_party (state, p);

      if (mg_election_find_alliance_of (election, mg_party_result_get_id (party)) == NULL)
        g_ptr_array_add (rows, copy_party (party));
    }

  tally = mg_state_result_new (mg_state_result_get_id (state));
  mg_state_result_set_name (tally, mg_state_result_get_name (state));
  mg_state_result_set_seats (tally, mg_state_result_get_seats (state));
  mg_state_result_set_majority (tally, mg_state_result_get_majority (state));
  mg_state_result_set_status (tally, mg_state_result_get_status (state));
  mg_state_result_set_previous_year (tally, mg_state_result_get_previous_year (state));
  mg_state_result_set_parties (tally, (MgPartyResult **) rows->pdata, rows->len);
  return tally;
}
