/** Tests of the preview's Confluence-like space. */
package com.gluework.preview.confluence;
