/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "mg-types.h"

G_BEGIN_DECLS

/* The printed seat summary, laid out on pages of one size: made once for
 * the page size (paginating), then drawn page by page. */
typedef struct _MgSummaryPlan MgSummaryPlan;

/* What a printed summary holds beside each state's summary page. */
typedef enum {
  MG_SUMMARY_CONSTITUENCIES = 1 << 0,  /* each state's results by seat */
  MG_SUMMARY_BY_ALLIANCE    = 1 << 1,  /* counted by alliance */
  MG_SUMMARY_TWO_THIRDS     = 1 << 2,  /* the charts' two-thirds mark */
} MgSummaryOptions;

MgSummaryPlan *mg_summary_plan_new        (MgElection    *election,
                                           MgStateResult *only,
                                           MgSummaryOptions options,
                                           cairo_t       *cr,
                                           double         width,
                                           double         height);
void           mg_summary_plan_free       (MgSummaryPlan *self);
guint          mg_summary_plan_get_n_pages (MgSummaryPlan *self);
void           mg_summary_plan_draw_page  (MgSummaryPlan *self,
                                           cairo_t       *cr,
                                           guint          page);
gboolean       mg_summary_export_pdf      (MgElection    *election,
                                           MgStateResult *only,
                                           MgSummaryOptions options,
                                           const char    *path,
                                           GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgSummaryPlan, mg_summary_plan_free)

G_END_DECLS
