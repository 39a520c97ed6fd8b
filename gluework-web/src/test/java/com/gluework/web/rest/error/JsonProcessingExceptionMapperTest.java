package com.gluework.web.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gluework.web.rest.dto.ErrorDto;
import com.gluework.web.rest.dto.FieldErrorDto;
import com.gluework.web.rest.dto.NewContributionDto;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

/** Jackson's real exceptions, from reading real bodies, mapped to field errors. */
public class JsonProcessingExceptionMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void errorFor_shouldNameTheBodyWhenTheJsonIsBroken() {
        assertEquals(new FieldErrorDto("body", "The request body is not valid JSON."), errorReading("{\"summary\": \"x\"").errors().get(0));
    }

    @Test
    public void errorFor_shouldNameTheBodyWhenItIsNotAnObject() {
        assertEquals("body", errorReading("[\"summary\"]").errors().get(0).field());
    }

    @Test
    public void errorFor_shouldNameAFieldThatShouldHaveBeenAList() {
        assertEquals(new FieldErrorDto("evidenceLinks", "Send a JSON array here."),
                errorReading("{\"evidenceLinks\": {\"a\": 1}}").errors().get(0));
    }

    @Test
    public void errorFor_shouldNameTheListElementThatHasTheWrongType() {
        assertEquals(new FieldErrorDto("evidenceLinks[1]", "Send a JSON string here."),
                errorReading("{\"evidenceLinks\": [\"https://a.example\", {\"href\": 1}]}").errors().get(0));
    }

    @Test
    public void errorFor_shouldAnswer400WithoutJacksonsMessage() {
        // when
        ErrorDto error = errorReading("{\"summary\": {\"nested\": true}}");

        // then
        assertEquals(400, error.status());
        assertEquals("summary", error.errors().get(0).field());
        assertFalse(error.errors().get(0).message().contains("NewContributionDto"));
    }

    private static ErrorDto errorReading(String body) {
        JsonProcessingException thrown = assertThrows(JsonProcessingException.class,
                () -> JSON.readValue(body, NewContributionDto.class));
        return (ErrorDto) new JsonProcessingExceptionMapper().toResponse(thrown).getEntity();
    }
}
