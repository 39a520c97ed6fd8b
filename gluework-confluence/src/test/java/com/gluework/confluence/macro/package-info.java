/** Tests of the Confluence macro placeholder. */
package com.gluework.confluence.macro;
