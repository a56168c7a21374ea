/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-count-changes"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-candidate.h"
#include "mg-constituency.h"
#include "mg-count-changes.h"
#include "mg-party-result.h"
#include "mg-seat-changes.h"
#include "mg-seat-labels.h"
#include "mg-seat-text.h"
#include "mg-state-result.h"
#include "mg-text-util.h"

/* What changed in a state between two times of the same count: each
 * party's seats won and leading then and now, and the seats whose leader
 * is of another party now than then. A seat that had no leader then (not
 * counted yet) did not change leader; one that has none now is left out
 * too. Seats are matched by number, parties by id. */

static const char *
leading_party (MgConstituency *seat)
{
  MgCandidate *leader = seat != NULL ? mg_constituency_get_leader (seat) : NULL;

  return leader != NULL ? mg_candidate_get_party_id (leader) : NULL;
}

/**
 * mg_count_changes_list_seats:
 * @before: the state then
 * @after: the same state now
 *
 * Returns: (transfer container) (element-type MgConstituency): @after's
 * seats led then and now by candidates of different parties, by number
 */
GPtrArray *
mg_count_changes_list_seats (MgStateResult *before,
                             MgStateResult *after)
{
  guint n = mg_state_result_get_n_constituencies (after);
  GPtrArray *changed = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      MgConstituency *seat = mg_state_result_get_constituency (after, i);
      const char *now = leading_party (seat);
      const char *then = leading_party (mg_state_result_find_constituency (before,
                                                                            mg_constituency_get_number (seat)));

      if (now != NULL && then != NULL && !g_str_equal (now, then))
        g_ptr_array_add (changed, seat);
    }
  return changed;
}

/**
 * mg_count_changes_dup_heading:
 * @since: the earlier time, as shown ("09:30")
 *
 * Returns: "Since 09:30, 12 seats changed leader; BJP gained 30 seats"
 */
char *
mg_count_changes_dup_heading (MgStateResult *before,
                              MgStateResult *after,
                              const char    *since)
{
  g_autoptr (GPtrArray) changed = mg_count_changes_list_seats (before, after);
  MgPartyResult *leader = mg_state_result_get_leader (after);
  MgPartyResult *then;
  int gain;

  if (leader == NULL)
    /* TRANSLATORS: what changed between two times of the count, when no party has a seat */
    return g_strdup_printf (_("Since %s, no party has a seat yet"), since);
  then = mg_state_result_find_party (before, mg_party_result_get_id (leader), NULL);
  gain = (int) mg_party_result_get_total (leader) - (then != NULL ? (int) mg_party_result_get_total (then) : 0);
  {
    g_autofree char *seats = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           /* TRANSLATORS: the first half of "Since 09:30, 12 seats changed leader; BJP has 30 more" */
                                                           "%u seat changed leader", "%u seats changed leader",
                                                           changed->len),
                                              changed->len);
    g_autofree char *party = NULL;

    if (gain > 0)
      /* TRANSLATORS: the leading party's change between two times: "BJP has 30 more" */
      party = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s has %d more", "%s has %d more", (gulong) gain),
                               mg_party_result_get_display_name (leader), gain);
    else if (gain < 0)
      party = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s has %d fewer", "%s has %d fewer", (gulong) -gain),
                               mg_party_result_get_display_name (leader), -gain);
    else
      /* TRANSLATORS: the leading party has as many seats as before */
      party = g_strdup_printf (_("%s has as many"), mg_party_result_get_display_name (leader));
    if (mg_state_result_get_n_constituencies (after) == 0)
      /* TRANSLATORS: since a time, the leading party's change: "Since 09:30, BJP has 30 more" */
      return g_strdup_printf (_("Since %s, %s"), since, party);
    /* TRANSLATORS: since a time, seats that changed leader, and the leading party's change */
    return g_strdup_printf (_("Since %s, %s; %s"), since, seats, party);
  }
}

typedef struct {
  const char *id;
  guint       then;
  guint       now;
} PartyRow;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const PartyRow *x = a, *y = b;

  if (x->now != y->now)
    return x->now > y->now ? -1 : 1;
  if (x->then != y->then)
    return x->then > y->then ? -1 : 1;
  return g_strcmp0 (x->id, y->id);
}

static MgChangeTable *
parties_table (MgStateResult *before,
               MgStateResult *after,
               const char    *then,
               const char    *now)
{
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (PartyRow));
  guint n = mg_state_result_get_n_parties (after);
  /* TRANSLATORS: the title of a table of each party's seats at two times of the count */
  MgChangeTable *table = mg_change_table_new (_("Seats won and leading"), 0xe,
                                              /* TRANSLATORS: the first heading of that table; the
                                               * others are the two times and the change */
                                              _("Party"), then, now, _("Change"), NULL);

  for (guint i = 0; i < n; i++)
    {
      MgPartyResult *party = mg_state_result_get_party (after, i);
      PartyRow row = { mg_party_result_get_id (party), 0, mg_party_result_get_total (party) };
      MgPartyResult *earlier = mg_state_result_find_party (before, row.id, NULL);

      if (earlier != NULL)
        row.then = mg_party_result_get_total (earlier);
      if (row.then > 0 || row.now > 0)
        g_array_append_val (rows, row);
    }
  g_array_sort (rows, compare_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      PartyRow *row = &g_array_index (rows, PartyRow, i);

      mg_change_table_add_row (table, g_strdup (mg_seat_labels_party_name (after, row->id)),
                               mg_text_format_count (row->then), mg_text_format_count (row->now),
                               mg_text_format_change (TRUE, (int) row->now - (int) row->then));
    }
  return table;
}

static MgChangeTable *
seats_table (MgStateResult *before,
             MgStateResult *after,
             GPtrArray     *changed,
             const char    *then,
             const char    *now)
{
  /* TRANSLATORS: the title of a table of the seats led by another party now than at an earlier time */
  MgChangeTable *table = mg_change_table_new (_("Seats whose leader changed"), 0x1,
                                              /* TRANSLATORS: headings of that table: the number, the
                                               * seat, its leading party at the two times, its count now */
                                              _("No."), _("Constituency"), then, now, _("Status"), NULL);

  for (guint i = 0; i < changed->len; i++)
    {
      MgConstituency *seat = g_ptr_array_index (changed, i);
      MgConstituency *earlier = mg_state_result_find_constituency (before, mg_constituency_get_number (seat));

      mg_change_table_add_row (table, g_strdup_printf ("%u", mg_constituency_get_number (seat)),
                               mg_seat_labels_dup_name (seat),
                               g_strdup (mg_seat_labels_party_name (before, leading_party (earlier))),
                               g_strdup (mg_seat_labels_party_name (after, leading_party (seat))),
                               mg_seat_text_dup_status (seat));
    }
  return table;
}

/**
 * mg_count_changes_dup_tables:
 * @then: the earlier time, as the tables head it
 * @now: the later time
 *
 * Returns: (transfer container) (element-type MgChangeTable): each party's
 * seats then and now, then (when any did) the seats whose leader changed
 */
GPtrArray *
mg_count_changes_dup_tables (MgStateResult *before,
                             MgStateResult *after,
                             const char    *then,
                             const char    *now)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) mg_change_table_free);
  g_autoptr (GPtrArray) changed = mg_count_changes_list_seats (before, after);

  g_ptr_array_add (tables, parties_table (before, after, then, now));
  if (changed->len > 0)
    g_ptr_array_add (tables, seats_table (before, after, changed, then, now));
  return tables;
}
