/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-party-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-party-columns.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-text-util.h"

/* What each column of the party table says and whether it is there at all:
 * the state pages, the text summary and the printed one all ask here, so
 * they show the same columns with the same figures. */

static gboolean
has_vote_share (MgStateResult *state)
{
  guint n = mg_state_result_get_n_parties (state);

  for (guint i = 0; i < n; i++)
    if (mg_party_result_get_vote_percent (mg_state_result_get_party (state, i)) >= 0)
      return TRUE;
  return FALSE;
}

/**
 * mg_party_column_dup_cell:
 * @state: the state @party belongs to
 *
 * Returns: (transfer full): the text of @party's cell in @column, "—" for a
 *   figure the feed does not give
 */
char *
mg_party_column_dup_cell (MgPartyColumn  column,
                          MgStateResult *state,
                          MgPartyResult *party)
{
  int change = 0;
  gboolean known;

  g_return_val_if_fail ((guint) column < MG_N_PARTY_COLUMNS, NULL);
  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);
  g_return_val_if_fail (MG_IS_PARTY_RESULT (party), NULL);

  switch (column)
    {
    case MG_PARTY_COLUMN_PARTY:
      return g_strdup (mg_party_result_get_name (party));
    case MG_PARTY_COLUMN_WON:
      return mg_text_format_count (mg_party_result_get_won (party));
    case MG_PARTY_COLUMN_LEADING:
      return mg_text_format_count (mg_party_result_get_leading (party));
    case MG_PARTY_COLUMN_TOTAL:
      return mg_text_format_count (mg_party_result_get_total (party));
    case MG_PARTY_COLUMN_CHANGE:
      known = mg_party_result_get_change (party, &change);
      return mg_text_format_change (known, change);
    case MG_PARTY_COLUMN_VOTES:
      if (mg_party_result_get_vote_percent (party) < 0)
        return g_strdup ("—");
      return g_strdup_printf ("%.1f", mg_party_result_get_vote_percent (party));
    case MG_N_PARTY_COLUMNS:
    default:
      g_assert_not_reached ();
      return NULL;
    }
}

/**
 * mg_party_column_dup_title:
 *
 * Returns: (transfer full): the heading of @column; the change column's
 *   names the previous election's year when the feed gives it
 */
char *
mg_party_column_dup_title (MgPartyColumn  column,
                           MgStateResult *state)
{
  guint year;

  g_return_val_if_fail ((guint) column < MG_N_PARTY_COLUMNS, NULL);
  g_return_val_if_fail (MG_IS_STATE_RESULT (state), NULL);

  switch (column)
    {
    case MG_PARTY_COLUMN_PARTY:
      for (guint i = 0; i < mg_state_result_get_n_parties (state); i++)
        if (mg_party_result_get_members (mg_state_result_get_party (state, i)) != NULL)
          /* TRANSLATORS: the first column's title in a table by alliance */
          return g_strdup (_("Alliance or party"));
      return g_strdup (_("Party"));
    case MG_PARTY_COLUMN_WON:
      return g_strdup (_("Won"));
    case MG_PARTY_COLUMN_LEADING:
      return g_strdup (_("Leading"));
    case MG_PARTY_COLUMN_TOTAL:
      return g_strdup (_("Total"));
    case MG_PARTY_COLUMN_CHANGE:
      year = mg_state_result_get_previous_year (state);
      if (year == 0)
        return g_strdup (_("Change"));
      /* TRANSLATORS: heading of the column of seat changes against the election of that year */
      return g_strdup_printf (_("± %u"), year);
    case MG_PARTY_COLUMN_VOTES:
      return g_strdup (_("Votes %"));
    case MG_N_PARTY_COLUMNS:
    default:
      g_assert_not_reached ();
      return NULL;
    }
}

/**
 * mg_party_column_shown:
 *
 * The optional columns show only when the feed has something for them: the
 * change when some party of @state has a previous result, the vote share
 * when some party has one. The others always show.
 *
 * Returns: whether @state's party table has @column
 */
gboolean
mg_party_column_shown (MgPartyColumn  column,
                       MgStateResult *state)
{
  g_return_val_if_fail ((guint) column < MG_N_PARTY_COLUMNS, FALSE);
  g_return_val_if_fail (MG_IS_STATE_RESULT (state), FALSE);

  switch (column)
    {
    case MG_PARTY_COLUMN_CHANGE:
      return mg_state_result_has_previous (state);
    case MG_PARTY_COLUMN_VOTES:
      return has_vote_share (state);
    case MG_PARTY_COLUMN_PARTY:
    case MG_PARTY_COLUMN_WON:
    case MG_PARTY_COLUMN_LEADING:
    case MG_PARTY_COLUMN_TOTAL:
      return TRUE;
    case MG_N_PARTY_COLUMNS:
    default:
      g_assert_not_reached ();
      return FALSE;
    }
}

/**
 * mg_party_column_dup_row_sentence:
 * @state: the state @party belongs to
 *
 * The row of @party as one sentence for screen readers, with every figure
 * the table shows: "BJP: 0 won, 158 leading, 158 in all, 59 more than
 * 2017".
 *
 * Returns: (transfer full): the sentence
 */
char *
mg_party_column_dup_row_sentence (MgStateResult *state,
                                  MgPartyResult *party)
{
  g_autoptr (GString) sentence = g_string_new (NULL);
  guint year = mg_state_result_get_previous_year (state);
  int change = 0;

  g_autofree char *won = mg_text_format_count (mg_party_result_get_won (party));
  g_autofree char *leading = mg_text_format_count (mg_party_result_get_leading (party));
  g_autofree char *total = mg_text_format_count (mg_party_result_get_total (party));

  g_autofree char *name = mg_party_result_get_alliance (party) == NULL
                           ? g_strdup (mg_party_result_get_name (party))
                           /* TRANSLATORS: a party listed beneath its alliance in the
                            * results table, read aloud: "BJP, of NDA" */
                           : g_strdup_printf (_("%s, of %s"), mg_party_result_get_name (party),
                                              mg_party_result_get_alliance (party));

  /* TRANSLATORS: a party's row of the results table read aloud: the
   * party, seats won, seats leading and both together */
  g_string_printf (sentence, _("%s: %s won, %s leading, %s in all"), name, won, leading, total);

  if (mg_party_column_shown (MG_PARTY_COLUMN_CHANGE, state) &&
      mg_party_result_get_change (party, &change))
    {
      g_autofree char *size = mg_text_format_count ((guint64) ABS (change));

      /* TRANSLATORS: separates the parts of a table row read aloud */
      g_string_append (sentence, _(", "));
      if (change == 0 && year != 0)
        /* TRANSLATORS: no change in seats against the election of that year */
        g_string_append_printf (sentence, _("as many as in %u"), year);
      else if (change == 0)
        g_string_append (sentence, _("as many as last time"));
      else if (year != 0)
        /* TRANSLATORS: seats gained or lost against the election of that year */
        g_string_append_printf (sentence,
                                change > 0 ? _("%s more than in %u") : _("%s fewer than in %u"),
                                size, year);
      else
        g_string_append_printf (sentence,
                                change > 0 ? _("%s more than last time") : _("%s fewer than last time"),
                                size);
    }

  if (mg_party_column_shown (MG_PARTY_COLUMN_VOTES, state) &&
      mg_party_result_get_vote_percent (party) >= 0)
    {
      g_string_append (sentence, _(", "));
      /* TRANSLATORS: a party's share of the votes, read aloud */
      g_string_append_printf (sentence, _("%.1f%% of the votes"),
                              mg_party_result_get_vote_percent (party));
    }
  return g_string_free (g_steal_pointer (&sentence), FALSE);
}
