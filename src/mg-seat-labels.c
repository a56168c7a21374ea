/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-seat-labels"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-party-result.h"
#include "mg-seat-labels.h"
#include "mg-seat-text.h"
#include "mg-state-result.h"
#include "mg-text-util.h"

/* What the seats view says of a seat, in the UI language: its name, status,
 * one sentence for screen readers, its candidates' figures. Pure text from
 * the model, tested without a display. */

/* Returns: (transfer full): "Kalol (SC)" */
char *
mg_seat_labels_dup_name (MgConstituency *seat)
{
  switch (mg_constituency_get_reserved (seat))
    {
    case MG_RESERVED_SC:
      /* TRANSLATORS: a seat reserved for Scheduled Castes */
      return g_strdup_printf (_("%s (SC)"), mg_constituency_get_name (seat));
    case MG_RESERVED_ST:
      /* TRANSLATORS: a seat reserved for Scheduled Tribes */
      return g_strdup_printf (_("%s (ST)"), mg_constituency_get_name (seat));
    case MG_RESERVED_NONE:
    default:
      return g_strdup (mg_constituency_get_name (seat));
    }
}

/* Returns: (transfer full): "38 · Kalol (SC)" */
char *
mg_seat_labels_dup_title (MgConstituency *seat)
{
  g_autofree char *name = mg_seat_labels_dup_name (seat);

  return g_strdup_printf ("%u · %s", mg_constituency_get_number (seat), name);
}

/* Returns: the party's short name (else its name; else @party_id) */
const char *
mg_seat_labels_party_name (MgStateResult *state,
                           const char    *party_id)
{
  MgPartyResult *party = mg_state_result_find_party (state, party_id, NULL);

  return party != NULL ? mg_party_result_get_display_name (party) : party_id;
}

/**
 * mg_seat_labels_dup_sentence:
 *
 * Returns: (transfer full): the seat in one sentence for screen readers:
 *   "38 Kalol: BJP's candidate leads by 1,234 votes, round 12 of 20"
 */
char *
mg_seat_labels_dup_sentence (MgStateResult  *state,
                             MgConstituency *seat)
{
  g_autofree char *name = mg_seat_labels_dup_name (seat);
  g_autofree char *margin = mg_text_format_count (mg_constituency_get_margin (seat));
  MgCandidate *leader = mg_constituency_get_leader (seat);
  guint number = mg_constituency_get_number (seat);
  guint current, total;
  const char *party;

  if (leader == NULL)
    {
      if (mg_constituency_get_status (seat) == MG_SEAT_STATUS_PENDING)
        /* TRANSLATORS: a seat read aloud: number, name; no votes counted yet */
        return g_strdup_printf (_("%u %s: awaiting results"), number, name);
      /* TRANSLATORS: a seat read aloud: number, name; a tie at the top */
      return g_strdup_printf (_("%u %s: no candidate ahead"), number, name);
    }
  party = mg_seat_labels_party_name (state, mg_candidate_get_party_id (leader));
  if (mg_constituency_get_status (seat) == MG_SEAT_STATUS_DECLARED)
    /* TRANSLATORS: a seat read aloud: number, name, the winner's party, the margin */
    return g_strdup_printf (_("%u %s: %s’s candidate won by %s votes"), number, name, party, margin);
  if (mg_constituency_get_round (seat, &current, &total))
    /* TRANSLATORS: a seat read aloud: number, name, the leader's party, the margin, the round */
    return g_strdup_printf (_("%u %s: %s’s candidate leads by %s votes, round %u of %u"), number,
                            name, party, margin, current, total);
  /* TRANSLATORS: a seat read aloud: number, name, the leader's party, the margin */
  return g_strdup_printf (_("%u %s: %s’s candidate leads by %s votes"), number, name, party, margin);
}

/* Returns: (transfer full): "60,000 · 54.5%", with postal votes when given */
char *
mg_seat_labels_dup_votes (MgConstituency *seat,
                          MgCandidate    *candidate)
{
  g_autofree char *votes = mg_text_format_count (mg_candidate_get_votes (candidate));
  double share = mg_constituency_get_share (seat, candidate);

  if (mg_candidate_get_postal (candidate) >= 0)
    {
      g_autofree char *postal = mg_text_format_count ((guint64) mg_candidate_get_postal (candidate));

      /* TRANSLATORS: votes, their share, and the postal votes among them */
      return g_strdup_printf (_("%s · %.1f%% · %s postal"), votes, MAX (share, 0), postal);
    }
  /* TRANSLATORS: votes and their share */
  return g_strdup_printf (_("%s · %.1f%%"), votes, MAX (share, 0));
}

/* Returns: (transfer full): a candidate read aloud */
char *
mg_seat_labels_dup_candidate_sentence (MgStateResult  *state,
                                       MgConstituency *seat,
                                       MgCandidate    *candidate)
{
  g_autofree char *votes = mg_seat_labels_dup_votes (seat, candidate);

  return g_strdup_printf ("%s, %s: %s", mg_candidate_get_name (candidate),
                          mg_seat_labels_party_name (state, mg_candidate_get_party_id (candidate)),
                          votes);
}

/**
 * mg_seat_labels_dup_facts:
 *
 * Returns: (transfer full): the seat's status, result, change, previous
 *   holder, turnout, NOTA and district, a line each (mg-seat-text.c's)
 */
char *
mg_seat_labels_dup_facts (MgStateResult  *state,
                          MgConstituency *seat)
{
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (lines, mg_seat_text_dup_status (seat));
  g_ptr_array_add (lines, mg_seat_text_dup_result (state, seat));
  g_ptr_array_add (lines, mg_seat_text_dup_change (state, seat));
  g_ptr_array_add (lines, mg_seat_text_dup_previous (state, seat));
  g_ptr_array_add (lines, mg_seat_text_dup_turnout (seat));
  if (mg_constituency_get_nota (seat) >= 0)
    {
      g_autofree char *nota = mg_text_format_count ((guint64) mg_constituency_get_nota (seat));

      /* TRANSLATORS: votes for None of the Above */
      g_ptr_array_add (lines, g_strdup_printf (_("NOTA %s"), nota));
    }
  if (mg_constituency_get_district (seat) != NULL)
    g_ptr_array_add (lines, g_strdup_printf (_("District %s"), mg_constituency_get_district (seat)));
  while (g_ptr_array_remove (lines, NULL))
    ;
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static int
by_votes (gconstpointer a,
          gconstpointer b)
{
  guint64 x = mg_candidate_get_votes (*(MgCandidate **) a);
  guint64 y = mg_candidate_get_votes (*(MgCandidate **) b);

  return x == y ? 0 : x > y ? -1 : 1;
}

/* Fills @out with the seat's candidates, most votes first (the feed's order
 * among equals). */
void
mg_seat_labels_candidates_by_votes (MgConstituency *seat,
                                    GPtrArray      *out)
{
  guint n = mg_constituency_get_n_candidates (seat);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (out, mg_constituency_get_candidate (seat, i));
  g_ptr_array_sort (out, by_votes);
}

/**
 * mg_seat_labels_matches:
 * @folded: the search, as mg_text_fold_for_search() gives it (once for
 *   every seat, not once a seat)
 *
 * Returns: whether @seat's number starts with the search (in any script's
 *   digits) or its name in any language the feed gives holds it, in any
 *   case: a Hindi name typed in Devanagari, an English one in Latin
 *   letters, whatever the UI's language
 */
gboolean
mg_seat_labels_matches (MgConstituency *seat,
                        const char     *folded)
{
  char number[16];

  if (*folded == '\0')
    return TRUE;
  g_snprintf (number, sizeof number, "%u", mg_constituency_get_number (seat));
  if (g_str_has_prefix (number, folded))
    return TRUE;
  return strstr (mg_constituency_get_search_key (seat), folded) != NULL;
}
