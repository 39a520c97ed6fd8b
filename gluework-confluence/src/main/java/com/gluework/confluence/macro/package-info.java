/** Confluence macros. Only a placeholder so far; the sprint summary macro is a later issue. */
package com.gluework.confluence.macro;
