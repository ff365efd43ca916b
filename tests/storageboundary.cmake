# The storage boundary (docs/architecture.md), checked on the sources:
#  - no SQL, Qt Sql or sqlite3 outside app/core/storage/ (the tests and the
#    benchmark tool reach a library through LibraryStore, or RawSql of
#    lectern_storage_probe for what only raw statements can do);
#  - only app/core/CMakeLists.txt links Qt6::Sql or sqlite3;
#  - no file of the storage folder over 500 lines.
# Run: cmake -DROOT=SOURCE_DIR -P tests/storageboundary.cmake
cmake_minimum_required(VERSION 3.25)
set(problems "")
file(GLOB_RECURSE sources RELATIVE ${ROOT} ${ROOT}/app/*.cpp ${ROOT}/app/*.h
     ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h)
set(forbidden "#include <QSql|#include <QtSql|#include <sqlite3.h>|QSqlDatabase|QSqlQuery|sqlite3_[a-z]|SqlQuery|[.>]database\\(\\)")
foreach(source IN LISTS sources)
    if(source MATCHES "^app/core/storage/")
        file(READ ${ROOT}/${source} content)
        string(REGEX MATCHALL "\n" newlines "${content}")
        list(LENGTH newlines count)
        if(count GREATER 500)
            string(APPEND problems "${source}: ${count} lines (at most 500 in the storage folder)\n")
        endif()
        continue()
    endif()
    file(STRINGS ${ROOT}/${source} hits REGEX "${forbidden}")
    foreach(hit IN LISTS hits)
        string(STRIP "${hit}" hit)
        string(APPEND problems "${source}: storage code outside app/core/storage: ${hit}\n")
    endforeach()
endforeach()
file(GLOB_RECURSE lists RELATIVE ${ROOT} ${ROOT}/app/CMakeLists.txt ${ROOT}/app/*/CMakeLists.txt
     ${ROOT}/tests/CMakeLists.txt ${ROOT}/tests/*/CMakeLists.txt)
foreach(list IN LISTS lists)
    if(list STREQUAL "app/core/CMakeLists.txt")
        continue()
    endif()
    file(STRINGS ${ROOT}/${list} hits REGEX "Qt6::Sql|SQLite::SQLite3")
    foreach(hit IN LISTS hits)
        string(STRIP "${hit}" hit)
        string(APPEND problems "${list}: links the database outside the storage library: ${hit}\n")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "The storage boundary is crossed:\n${problems}")
endif()
list(LENGTH sources checked)
message(STATUS "storage boundary: ${checked} source files checked")
