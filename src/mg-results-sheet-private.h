/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-results-sheet.h"

G_BEGIN_DECLS

/* For the tests: what the sheet laid out. */
typedef enum {
  MG_RESULTS_SHEET_NUMBER,
  MG_RESULTS_SHEET_NAME,
  MG_RESULTS_SHEET_LEADER,
  MG_RESULTS_SHEET_PARTY,
  MG_RESULTS_SHEET_MARGIN,
  MG_RESULTS_SHEET_STATUS,
  MG_RESULTS_SHEET_N_COLUMNS,
} MgResultsSheetColumn;

guint       mg_results_sheet_get_n_rows      (MgResultsSheet       *self);
const char *mg_results_sheet_get_cell        (MgResultsSheet       *self,
                                              guint                 row,
                                              MgResultsSheetColumn  column);
double      mg_results_sheet_get_row_height  (MgResultsSheet       *self,
                                              guint                 row);
double      mg_results_sheet_get_text_width  (MgResultsSheet       *self,
                                              MgResultsSheetColumn  column);
void        mg_results_sheet_get_page_rows   (MgResultsSheet       *self,
                                              guint                 page,
                                              guint                *first_row,
                                              guint                *n_rows);
double      mg_results_sheet_get_page_top    (MgResultsSheet       *self,
                                              guint                 page);

G_END_DECLS
