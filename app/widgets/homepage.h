#pragma once

// Home as the reader lays it out: the union's front page (app/core/frontpage.h
// chooses what it shows) in one column, or in two on a wide window.
#include "frontpage.h"

#include <QString>

namespace lectern {

struct HomeLayout
{
    int columns = 1;     // 1, or 2: the articles, and beside them the lists
    int mainWidth = 600; // pixels of the (first) column, for the lead picture
};

// The narrowest reading area that gets two columns, in pixels: a 1400-pixel
// window beside the sidebar and the related panel leaves about 850, a
// 1024-pixel one about 470 (one column).
constexpr int homeTwoColumnWidth = 800;

QString homePageHtml(const FrontPage &page, const HomeLayout &layout);

// "Related articles" with each one's reasons, as at the end of an article
// (and of Home's featured one).
QString relatedSectionHtml(const QList<FrontPageRelated> &related);

} // namespace lectern
