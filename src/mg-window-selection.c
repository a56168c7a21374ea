/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-election.h"
#include "mg-feed-source.h"
#include "mg-seats-view.h"
#include "mg-state-page.h"
#include "mg-state-result.h"
#include "mg-tally.h"
#include "mg-window-private.h"

/* Which state and seat the window shows when results arrive: what the
 * command line asked for, else the state remembered. */

static void
apply_pending_selection (MgWindow *self)
{
  g_autofree char *requested = g_steal_pointer (&self->pending_state_id);
  g_autofree char *remembered = g_settings_get_string (self->settings, "selected-state");

  if (requested != NULL)
    {
      g_autofree char *message = NULL;

      if (mg_window_select_state_id (self, requested))
        return;
      /* TRANSLATORS: a state id asked for on the command line */
      message = g_strdup_printf (_("There is no state “%s” in these results."), requested);
      mg_window_show_error (self, message);
    }
  if (!mg_window_select_state_id (self, remembered))
    mg_state_tabs_select_index (self->state_tabs, 0, FALSE);
}

/* The seat asked for on the command line, once its state is shown. */
static void
apply_pending_seat (MgWindow *self)
{
  int position = mg_state_tabs_get_selected_index (self->state_tabs);
  MgStatePage *page = position >= 0 ? mg_state_tabs_get_page (self->state_tabs, (guint) position)
                                    : NULL;
  guint number = self->pending_seat;
  g_autofree char *message = NULL;

  self->pending_seat = 0;
  if (page != NULL && mg_state_page_show_seats (page) &&
      mg_seats_view_show_seat (mg_state_page_get_seats_view (page), number))
    return;
  if (page != NULL && mg_state_result_lacks_seat (mg_state_page_get_state (page), number))
    /* TRANSLATORS: a constituency number asked for on the command line, which the file of
     * results lacks; the state's name */
    message = g_strdup_printf (_("Constituency %u of %s has no data in this file."), number,
                               mg_state_result_get_name (mg_state_page_get_state (page)));
  else
    /* TRANSLATORS: a constituency number asked for on the command line */
    message = g_strdup_printf (_("There is no constituency %u in %s."), number,
                               page != NULL ? mg_state_result_get_name (mg_state_page_get_state (page))
                                            : "");
  mg_window_show_error (self, message);
}

/**
 * mg_window_select_state_id:
 *
 * Selects the tab of the state with @id. Before the feed has loaded, the
 * choice is kept and applied when it has.
 *
 * Returns: %TRUE if the state was found and selected
 */
gboolean
mg_window_select_state_id (MgWindow   *self,
                           const char *id)
{
  guint position;

  g_return_val_if_fail (MG_IS_WINDOW (self), FALSE);

  if (id == NULL || *id == '\0')
    return FALSE;

  if (g_str_equal (id, MG_TALLY_HOUSE_ID) && g_list_model_get_n_items (G_LIST_MODEL (self->house)) > 0)
    position = 0;
  else if (mg_election_find_state (self->election, id, &position) != NULL)
    /* The house's tab, when there is one, comes first. */
    position += g_list_model_get_n_items (G_LIST_MODEL (self->house));
  else
    {
      if (!self->have_data || mg_feed_source_get_loading (self->source))
        {
          g_free (self->pending_state_id);
          self->pending_state_id = g_strdup (id);
        }
      return FALSE;
    }

  mg_state_tabs_select_index (self->state_tabs, (int) position, FALSE);
  return TRUE;
}

/**
 * mg_window_show_seat:
 *
 * Shows constituency @number of the selected state (or of the state asked
 * for with mg_window_select_state_id()) in its Seats view, now or when the
 * feed has loaded.
 */
void
mg_window_show_seat (MgWindow *self,
                     guint     number)
{
  g_return_if_fail (MG_IS_WINDOW (self));

  self->pending_seat = number;
  if (self->have_data && self->pending_state_id == NULL && !mg_feed_source_get_loading (self->source))
    apply_pending_seat (self);
}

/* Applies what was asked for once results have arrived: the state (on the
 * first results, or when one is pending), then the seat. */
void
mg_window_apply_pending (MgWindow *self,
                         gboolean  first)
{
  if (first || self->pending_state_id != NULL)
    apply_pending_selection (self);
  if (self->pending_seat != 0)
    apply_pending_seat (self);
}
