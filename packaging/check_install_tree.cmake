# `cmake --install` into a scratch prefix puts every desktop-integration file where the package
# (CPack installs the same way) and the desktop expect it; each PNG icon has its nominal size.
# Usage: cmake -DBUILD_DIR=... -DPREFIX=... "-DICON_SIZES=16;32" -P check_install_tree.cmake
# SPDX-License-Identifier: GPL-3.0-or-later
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
    OUTPUT_QUIET RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}): ${err}")
endif()
set(id org.mlimpact.Explorer)
set(expected
    bin/ml-impact-explorer
    share/applications/${id}.desktop
    share/metainfo/${id}.metainfo.xml
    share/mime/packages/${id}.xml
    share/icons/hicolor/scalable/apps/${id}.svg
    share/man/man1/ml-impact-explorer.1.gz
    share/doc/ml-impact-explorer/copyright)
foreach(size IN LISTS ICON_SIZES)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${id}.png)
endforeach()
set(problems "")
foreach(path IN LISTS expected)
    if(NOT EXISTS ${PREFIX}/${path})
        string(APPEND problems "\n  missing: ${path}")
    endif()
endforeach()
# A PNG's width and height are the big-endian words at bytes 16 and 20 (the IHDR chunk).
foreach(size IN LISTS ICON_SIZES)
    set(png ${PREFIX}/share/icons/hicolor/${size}x${size}/apps/${id}.png)
    if(EXISTS ${png})
        file(READ ${png} header LIMIT 24 HEX)
        string(SUBSTRING "${header}" 0 16 signature)
        string(SUBSTRING "${header}" 32 8 width_hex)
        string(SUBSTRING "${header}" 40 8 height_hex)
        math(EXPR width "0x${width_hex}")
        math(EXPR height "0x${height_hex}")
        if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
            string(APPEND problems "\n  ${size}x${size}/apps/${id}.png: a PNG of ${width}x${height} (signature ${signature})")
        endif()
    endif()
endforeach()
file(REMOVE_RECURSE ${PREFIX})
if(problems)
    message(FATAL_ERROR "install tree:${problems}")
endif()
list(LENGTH expected count)
message(STATUS "install tree: all ${count} files in place")
